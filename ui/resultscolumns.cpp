#include "resultscolumns.h"

#include "recordviewproxy.h"
#include "visiblecolumnsproxy.h"

#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMenu>
#include <QTableView>

using namespace Qt::StringLiterals;

namespace sendtrail {

namespace {

// Shown unless the user changes it: the columns support work needs first.
// Names say more than IDs (both arrive with every record); the IDs stay one header click away.
const QList<Column> kHiddenByDefault = {Column::IpPoolId, Column::ConfigSetId, Column::LastUpdateTime};

} // namespace

ResultsColumns::ResultsColumns(QTableView *table, VisibleColumnsProxy *columns, const RecordViewProxy *titles)
    : QObject(table), m_table(table), m_columns(columns), m_titles(titles)
{}

void ResultsColumns::setVisible(Column column, bool visible)
{
    if (isVisible(column) == visible)
        return;
    auto *header = m_table->horizontalHeader();
    if (!visible) {
        m_hiddenWidths.insert(int(column), header->sectionSize(section(column)));
        m_columns->setColumnHidden(int(column), true);
        return;
    }
    m_columns->setColumnHidden(int(column), false);
    header->resizeSection(section(column), m_hiddenWidths.value(int(column), defaultWidth(column)));
}

bool ResultsColumns::isVisible(Column column) const
{
    return !m_columns->isColumnHidden(int(column));
}

int ResultsColumns::section(Column column) const
{
    return m_columns->proxyColumn(int(column));
}

std::optional<Column> ResultsColumns::column(int section) const
{
    const int source = m_columns->sourceColumn(section);
    return source < 0 ? std::nullopt : std::optional(Column(source));
}

QList<Column> ResultsColumns::visibleInOrder() const
{
    const auto *header = m_table->horizontalHeader();
    QList<Column> order;
    for (int v = 0; v < header->count(); ++v) {
        if (const auto c = column(header->logicalIndex(v)))
            order << *c;
    }
    return order;
}

QString ResultsColumns::title(Column column) const
{
    return m_titles->headerData(int(column), Qt::Horizontal).toString();
}

int ResultsColumns::defaultWidth(Column column) const
{
    const QFontMetrics fm = m_table->fontMetrics();
    switch (column) {
    case Column::Time:
        return std::max(fm.horizontalAdvance(u"0000-00-00 00:00:00"_s) + 24,
                        m_table->horizontalHeader()->fontMetrics().horizontalAdvance(title(column)) + 32);
    case Column::Status:
        return fm.horizontalAdvance(u"Invalid address"_s) + 40;
    case Column::ToAddress:
    case Column::Subject:
        return fm.averageCharWidth() * 28;
    case Column::AccountName:
        return fm.averageCharWidth() * 24;
    case Column::ErrorClassification:
        return fm.averageCharWidth() * 20;
    case Column::Message:
        return fm.averageCharWidth() * 30;
    default:
        return m_table->horizontalHeader()->defaultSectionSize();
    }
}

void ResultsColumns::reset()
{
    m_hiddenWidths.clear();
    for (int c = 0; c < kColumnCount; ++c)
        m_columns->setColumnHidden(c, kHiddenByDefault.contains(Column(c)));
    auto *header = m_table->horizontalHeader();
    for (int s = 0; s < header->count(); ++s) {
        header->moveSection(header->visualIndex(s), s);
        header->resizeSection(s, defaultWidth(*column(s)));
    }
}

void ResultsColumns::fitTimeColumn()
{
    const int time = section(Column::Time);
    if (time < 0)
        return;
    auto *header = m_table->horizontalHeader();
    const int needed = header->fontMetrics().horizontalAdvance(title(Column::Time)) + 32;
    if (header->sectionSize(time) < needed)
        header->resizeSection(time, needed);
}

void ResultsColumns::addVisibilityActions(QMenu &menu)
{
    for (int c = 0; c < kColumnCount; ++c) {
        QAction *action = menu.addAction(title(Column(c)));
        action->setCheckable(true);
        action->setChecked(isVisible(Column(c)));
        connect(action, &QAction::toggled, this, [this, c](bool on) { setVisible(Column(c), on); });
    }
}

QByteArray ResultsColumns::saveState() const
{
    QJsonArray entries;
    const auto *header = m_table->horizontalHeader();
    QList<Column> order = visibleInOrder();
    for (int c = 0; c < kColumnCount; ++c) {
        if (!order.contains(Column(c)))
            order << Column(c);
    }
    for (Column c : std::as_const(order)) {
        const bool shown = isVisible(c);
        entries.append(QJsonObject{{u"key"_s, QString(RecordColumns::key(c))},
                                   {u"width"_s, shown ? header->sectionSize(section(c))
                                                      : m_hiddenWidths.value(int(c), defaultWidth(c))},
                                   {u"hidden"_s, !shown}});
    }
    return QJsonDocument(entries).toJson(QJsonDocument::Compact);
}

// An unreadable layout (one from an older version kept QHeaderView's binary state) is ignored:
// the caller keeps the defaults.
bool ResultsColumns::restoreState(const QByteArray &state)
{
    const QJsonDocument document = QJsonDocument::fromJson(state);
    if (!document.isArray() || document.array().isEmpty())
        return false;
    QList<std::pair<Column, QJsonObject>> entries;
    const QJsonArray array = document.array();
    for (const QJsonValue value : array) {
        if (const auto c = RecordColumns::fromKey(value[u"key"_s].toString()))
            entries.append({*c, value.toObject()});
    }
    if (entries.isEmpty())
        return false;
    for (const auto &[c, entry] : std::as_const(entries)) {
        const int width = entry[u"width"_s].toInt();
        const int saved = width > 0 ? width : defaultWidth(c);
        const bool hidden = entry[u"hidden"_s].toBool();
        setVisible(c, !hidden);
        if (hidden)
            m_hiddenWidths.insert(int(c), saved);
        else
            m_table->horizontalHeader()->resizeSection(section(c), saved);
    }
    auto *header = m_table->horizontalHeader();
    int visual = 0;
    for (const auto &[c, entry] : std::as_const(entries)) {
        if (isVisible(c))
            header->moveSection(header->visualIndex(section(c)), visual++);
    }
    return true;
}

} // namespace sendtrail
