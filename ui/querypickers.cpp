#include "querypickers.h"

#include "api/apierror.h"
#include "lists/catalog.h"
#include "lists/listquery.h"
#include "queryform.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QEvent>
#include <QLineEdit>
#include <QStandardItemModel>

using namespace Qt::StringLiterals;

namespace sendtrail {

namespace {

constexpr int kIdRole = Qt::UserRole + 1;

} // namespace

QueryPickers::QueryPickers(QueryForm *form, Catalog *catalog, QObject *parent)
    : QObject(parent), m_form(form), m_catalog(catalog),
      m_filterCompleter(attach(form->filterValueEdit(), &m_filterModel, false)),
      m_poolCompleter(attach(form->ipPoolEdit(), &m_poolModel, true)),
      m_configCompleter(attach(form->configSetEdit(), &m_configModel, true))
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kDebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &QueryPickers::lookUpFilter);
    connect(form->filterValueEdit(), &QLineEdit::textEdited, this, [this] {
        if (filterKind())
            m_debounce.start();
    });
    connect(form->ipPoolEdit(), &QLineEdit::textEdited, this,
            [this] { requestWholeList(ListKind::IpPools); });
    connect(form->configSetEdit(), &QLineEdit::textEdited, this,
            [this] { requestWholeList(ListKind::ConfigSets); });
    connect(catalog, &Catalog::suggestionsReady, this, &QueryPickers::onReady);
    connect(catalog, &Catalog::suggestionsFailed, this, &QueryPickers::onFailed);
}

QCompleter *QueryPickers::attach(QLineEdit *edit, QStandardItemModel **model, bool insertsId)
{
    *model = new QStandardItemModel(this);
    auto *completer = new QCompleter(*model, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    completer->setMaxVisibleItems(12);
    completer->popup()->setAccessibleName(tr("Suggestions"));
    edit->setCompleter(completer);
    if (insertsId) {
        // The popup shows "name (id)"; the field gets the ID the API filters by. Queued: the
        // completer writes its own text first.
        connect(
            completer, qOverload<const QModelIndex &>(&QCompleter::activated), edit,
            [edit](const QModelIndex &index) { edit->setText(index.data(kIdRole).toString()); },
            Qt::QueuedConnection);
    }
    return completer;
}

std::optional<ListKind> QueryPickers::filterKind() const
{
    switch (m_form->filterKind()) {
    case QueryForm::FilterKind::Sender:
        return ListKind::Senders;
    case QueryForm::FilterKind::Tag:
        return ListKind::Tags;
    case QueryForm::FilterKind::Any:
    case QueryForm::FilterKind::Recipient:
        break;
    }
    return std::nullopt;
}

void QueryPickers::lookUpFilter()
{
    if (const auto kind = filterKind())
        m_catalog->request(*kind, m_form->filterValueEdit()->text());
}

void QueryPickers::requestWholeList(ListKind kind)
{
    if (field(kind).model->rowCount() == 0)
        m_catalog->request(kind, {});
}

QueryPickers::Field QueryPickers::field(ListKind kind) const
{
    switch (kind) {
    case ListKind::IpPools:
        return {m_form->ipPoolEdit(), m_poolModel, m_poolCompleter};
    case ListKind::ConfigSets:
        return {m_form->configSetEdit(), m_configModel, m_configCompleter};
    case ListKind::Tags:
    case ListKind::Senders:
        break;
    }
    return {m_form->filterValueEdit(), m_filterModel, m_filterCompleter};
}

void QueryPickers::onReady(ListKind kind, const QString &keyword, const QList<ListItem> &items)
{
    const Field f = field(kind);
    const bool isFilter = kind == ListKind::Tags || kind == ListKind::Senders;
    // A late answer for what the user typed before, or for the other filter kind, is stale.
    if (isFilter &&
        (filterKind() != kind || keyword.trimmed().compare(f.edit->text().trimmed(), Qt::CaseInsensitive)))
        return;
    f.model->clear();
    for (const ListItem &item : items) {
        const bool showId = !isFilter && !item.id.isEmpty() && item.id != item.name;
        auto *row = new QStandardItem(showId ? u"%1 (%2)"_s.arg(item.name, item.id) : item.name);
        row->setData(isFilter ? item.name : item.id, kIdRole);
        row->setToolTip(item.detail);
        f.model->appendRow(row);
    }
    f.edit->setToolTip({});
    if (f.edit->hasFocus() && f.model->rowCount() > 0) {
        f.completer->setCompletionPrefix(f.edit->text());
        f.completer->complete();
    }
}

void QueryPickers::onFailed(ListKind kind, const QString &keyword, const ApiError &error)
{
    Q_UNUSED(keyword)
    field(kind).edit->setToolTip(tr("No suggestions: %1").arg(error.userText()));
}

} // namespace sendtrail
