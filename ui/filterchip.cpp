#include "filterchip.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace sendtrail {

FilterChip::FilterChip(QWidget *parent)
    : QFrame(parent), m_label(new QLabel(this)), m_clear(new QToolButton(this))
{
    setObjectName(u"summaryFilterChip"_s);
    setStyleSheet(
        u"#summaryFilterChip { background: #e3eefc; border: 1px solid #7aa7e0; border-radius: 10px; }"
        "#summaryFilterChip QLabel { color: #0d3c78; }"_s);
    m_label->setObjectName(u"summaryFilterLabel"_s);
    m_label->setTextFormat(Qt::PlainText);
    m_clear->setObjectName(u"clearSummaryFilterButton"_s);
    m_clear->setText(u"✕"_s);
    m_clear->setAutoRaise(true);
    m_clear->setToolTip(tr("Show every loaded row again (Esc)"));
    m_clear->setAccessibleName(tr("Clear the summary filter"));
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(8, 1, 2, 1);
    row->setSpacing(4);
    row->addWidget(m_label, 1);
    row->addWidget(m_clear);
    connect(m_clear, &QToolButton::clicked, this, &FilterChip::clearRequested);
    setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
}

void FilterChip::setDescription(const QString &description)
{
    m_label->setText(tr("Showing only: %1").arg(description));
    setAccessibleName(m_label->text());
}

QString FilterChip::text() const
{
    return m_label->text();
}

} // namespace sendtrail
