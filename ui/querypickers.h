#pragma once

#include <QObject>
#include <QTimer>
#include <optional>

class QCompleter;
class QLineEdit;
class QStandardItemModel;

namespace sendtrail {

class Catalog;
class QueryForm;
enum class ListKind;
struct ApiError;
struct ListItem;

// Completions for the query form from the account's own catalogues: tags and senders by
// keyword as the user types (debounced, case-insensitive, cached), IP pools and config sets by
// name with their ID (choosing one puts the ID in the field; a typed ID is still accepted).
// Never blocks typing: a slow or failing list API only means no suggestions, said in a tooltip.
class QueryPickers final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QueryPickers)

public:
    static constexpr int kDebounceMs = 250;

    QueryPickers(QueryForm *form, Catalog *catalog, QObject *parent = nullptr);

    QCompleter *filterCompleter() const { return m_filterCompleter; }
    QCompleter *ipPoolCompleter() const { return m_poolCompleter; }
    QCompleter *configSetCompleter() const { return m_configCompleter; }

private:
    struct Field
    {
        QLineEdit *edit;
        QStandardItemModel *model;
        QCompleter *completer;
    };
    std::optional<ListKind> filterKind() const;
    QCompleter *attach(QLineEdit *edit, QStandardItemModel **model, bool insertsId);
    void lookUpFilter();
    void requestWholeList(ListKind kind);
    void onReady(ListKind kind, const QString &keyword, const QList<ListItem> &items);
    void onFailed(ListKind kind, const QString &keyword, const ApiError &error);
    Field field(ListKind kind) const;

    QueryForm *m_form;
    Catalog *m_catalog;
    QTimer m_debounce;
    QStandardItemModel *m_filterModel = nullptr;
    QStandardItemModel *m_poolModel = nullptr;
    QStandardItemModel *m_configModel = nullptr;
    QCompleter *m_filterCompleter;
    QCompleter *m_poolCompleter;
    QCompleter *m_configCompleter;
};

} // namespace sendtrail
