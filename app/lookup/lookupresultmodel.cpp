#include "lookupresultmodel.h"

#include "present/deliveryexplainer.h"

#include <QDateTime>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace sendtrail {

LookupResultModel::LookupResultModel(QObject *parent) : QAbstractTableModel(parent) {}

void LookupResultModel::setList(const AddressList &list)
{
    beginResetModel();
    m_list = list;
    m_results.clear();
    m_resultOfRow.clear();
    m_rowOfResult.clear();
    for (const AddressEntry &entry : m_list.entries()) {
        if (!entry.valid) {
            m_resultOfRow.append(-1);
            continue;
        }
        m_resultOfRow.append(int(m_results.size()));
        m_rowOfResult.append(int(m_resultOfRow.size() - 1));
        LookupResult pending;
        pending.address = entry.text;
        m_results.append(pending);
    }
    endResetModel();
}

void LookupResultModel::setResults(const QList<LookupResult> &results)
{
    for (int i = 0; i < results.size() && i < m_results.size(); ++i)
        m_results[i] = results.at(i);
    if (!m_list.entries().isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void LookupResultModel::updateResult(int i, const LookupResult &result)
{
    if (i < 0 || i >= m_results.size())
        return;
    m_results[i] = result;
    const int row = m_rowOfResult.at(i);
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void LookupResultModel::setTimeZone(const QTimeZone &zone)
{
    m_zone = zone;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, Time), index(rowCount() - 1, Time));
}

QString LookupResultModel::addressAt(int row) const
{
    const LookupResult *result = resultAt(row);
    return result ? result->address : QString();
}

const LookupResult *LookupResultModel::resultAt(int row) const
{
    if (row < 0 || row >= m_resultOfRow.size() || m_resultOfRow.at(row) < 0)
        return nullptr;
    return &m_results.at(m_resultOfRow.at(row));
}

int LookupResultModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_resultOfRow.size());
}

int LookupResultModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString LookupResultModel::text(int row, int column) const
{
    const LookupResult *r = resultAt(row);
    if (column == Address)
        return m_list.entries().at(row).text;
    if (!r)
        return column == Found         ? tr("Invalid")
               : column == Explanation ? tr("Not an email address.")
                                       : QString();
    using State = LookupResult::State;
    if (r->state != State::Done) {
        if (column == Found)
            return r->state == State::Failed ? tr("Failed") : tr("Not looked up");
        return column == Explanation ? r->explanation : QString();
    }
    switch (column) {
    case Found:
        return r->found() ? tr("Yes") : tr("No");
    case Count:
        return QLocale().toString(r->count);
    case Explanation:
        return r->explanation;
    default:
        break;
    }
    if (!r->found())
        return {};
    switch (column) {
    case Status:
        return DeliveryExplainer::statusText(r->latest.status);
    case Time:
        return QDateTime::fromSecsSinceEpoch(r->latest.utcSeconds, m_zone).toString(u"yyyy-MM-dd HH:mm:ss"_s);
    case Classification:
        return r->latest.errorClassification;
    case Reply:
        return r->latest.message;
    default:
        return {};
    }
}

QVariant LookupResultModel::sortKey(int row, int column) const
{
    const LookupResult *r = resultAt(row);
    const bool done = r && r->state == LookupResult::State::Done;
    if (column == Count)
        return done ? r->count : -1; // invalid, pending and failed rows sort below "0 mails"
    if (column == Time)
        return done && r->found() ? r->latest.utcSeconds : qint64(-1);
    return text(row, column).toLower();
}

QVariant LookupResultModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    switch (role) {
    case Qt::DisplayRole:
        // The explanation has paragraphs; the cell shows them on one line, the tooltip in full.
        return index.column() == Explanation ? text(index.row(), index.column()).simplified()
                                             : text(index.row(), index.column());
    case Qt::ToolTipRole:
        return index.column() == Explanation || index.column() == Reply ? text(index.row(), index.column())
                                                                        : QVariant();
    case SortRole:
        return sortKey(index.row(), index.column());
    case Qt::TextAlignmentRole:
        return index.column() == Count ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    default:
        return {};
    }
}

QVariant LookupResultModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Address:
        return tr("Address");
    case Found:
        return tr("Found");
    case Count:
        return tr("Mails");
    case Status:
        return tr("Latest status");
    case Time:
        return tr("Latest time");
    case Classification:
        return tr("Classification");
    case Reply:
        return tr("SMTP reply");
    case Explanation:
        return tr("Explanation");
    default:
        return {};
    }
}

} // namespace sendtrail
