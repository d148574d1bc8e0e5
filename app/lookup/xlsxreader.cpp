#include "tablereader.h"

#include <QCoreApplication>
#include <QHash>
#include <QXmlStreamReader>
#include <memory>
#include <unzip.h>

using namespace Qt::StringLiterals;

namespace sendtrail {

namespace {

struct XlsxTr
{
    Q_DECLARE_TR_FUNCTIONS(sendtrail::AddressList)
};

// minizip reads through these callbacks, so the workbook never has to be a file on disk
// (standard input, a drop, a download all work the same).
struct MemoryStream
{
    const QByteArray *bytes = nullptr;
    qint64 pos = 0;
};

voidpf ZCALLBACK memOpen(voidpf opaque, const void *, int)
{
    return opaque;
}

uLong ZCALLBACK memRead(voidpf, voidpf stream, void *buf, uLong size)
{
    auto *s = static_cast<MemoryStream *>(stream);
    const qint64 n = qBound<qint64>(0, s->bytes->size() - s->pos, qint64(size));
    memcpy(buf, s->bytes->constData() + s->pos, size_t(n));
    s->pos += n;
    return uLong(n);
}

uLong ZCALLBACK memWrite(voidpf, voidpf, const void *, uLong)
{
    return 0;
}

ZPOS64_T ZCALLBACK memTell(voidpf, voidpf stream)
{
    return ZPOS64_T(static_cast<MemoryStream *>(stream)->pos);
}

long ZCALLBACK memSeek(voidpf, voidpf stream, ZPOS64_T offset, int origin)
{
    auto *s = static_cast<MemoryStream *>(stream);
    const qint64 base = origin == ZLIB_FILEFUNC_SEEK_CUR   ? s->pos
                        : origin == ZLIB_FILEFUNC_SEEK_END ? s->bytes->size()
                                                           : 0;
    const qint64 target = base + qint64(offset);
    if (target < 0 || target > s->bytes->size())
        return -1;
    s->pos = target;
    return 0;
}

int ZCALLBACK memClose(voidpf, voidpf)
{
    return 0;
}

int ZCALLBACK memError(voidpf, voidpf)
{
    return 0;
}

struct ZipCloser
{
    void operator()(void *zip) const { unzClose(zip); }
};

// One part of the package, or nullopt (missing, corrupt or larger than kMaxXlsxPartBytes).
std::optional<QByteArray> readPart(unzFile zip, const QString &name, bool *tooLarge)
{
    if (unzLocateFile(zip, name.toUtf8().constData(), 1) != UNZ_OK)
        return std::nullopt;
    unz_file_info64 info{};
    if (unzGetCurrentFileInfo64(zip, &info, nullptr, 0, nullptr, 0, nullptr, 0) != UNZ_OK)
        return std::nullopt;
    if (info.uncompressed_size > ZPOS64_T(kMaxXlsxPartBytes)) {
        *tooLarge = true;
        return std::nullopt;
    }
    if (unzOpenCurrentFile(zip) != UNZ_OK)
        return std::nullopt;
    QByteArray data(qsizetype(info.uncompressed_size), Qt::Uninitialized);
    qsizetype done = 0;
    int n = 0;
    // Read up to the declared size only: a lying header cannot make the buffer grow.
    while (done < data.size() &&
           (n = unzReadCurrentFile(zip, data.data() + done, unsigned(data.size() - done))) > 0)
        done += n;
    const int closed = unzCloseCurrentFile(zip); // UNZ_CRCERROR when the data is damaged
    if (n < 0 || done != data.size() || closed != UNZ_OK)
        return std::nullopt;
    return data;
}

// Text of an <si> or <is> element: its <t> runs, without phonetic guides (<rPh>).
QString richText(QXmlStreamReader &xml)
{
    QString text;
    const QString end = xml.name().toString();
    int phonetic = 0;
    while (xml.readNext() != QXmlStreamReader::Invalid) {
        if (xml.isEndElement() && xml.name() == end && phonetic == 0)
            break;
        if (xml.isStartElement() && xml.name() == "rPh"_L1)
            ++phonetic;
        else if (xml.isEndElement() && xml.name() == "rPh"_L1)
            --phonetic;
        else if (xml.isStartElement() && xml.name() == "t"_L1 && phonetic == 0)
            text += xml.readElementText();
    }
    return text;
}

QStringList sharedStrings(const QByteArray &part)
{
    QStringList strings;
    QXmlStreamReader xml(part);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == "si"_L1)
            strings.append(richText(xml));
    }
    return strings;
}

// "xl/worksheets/sheet1.xml" for the first <sheet> of the workbook, through its relationship.
QString firstSheetPath(const std::optional<QByteArray> &workbook, const std::optional<QByteArray> &rels)
{
    QString fallback = u"xl/worksheets/sheet1.xml"_s;
    if (!workbook || !rels)
        return fallback;
    QString id;
    for (QXmlStreamReader xml(*workbook); !xml.atEnd() && id.isEmpty(); xml.readNext())
        if (xml.isStartElement() && xml.name() == "sheet"_L1)
            for (const QXmlStreamAttribute &a : xml.attributes())
                if (a.name() == "id"_L1) // r:id, whatever the prefix
                    id = a.value().toString();
    for (QXmlStreamReader xml(*rels); !xml.atEnd(); xml.readNext()) {
        if (!xml.isStartElement() || xml.attributes().value("Id"_L1) != id)
            continue;
        const QString target = xml.attributes().value("Target"_L1).toString();
        return target.startsWith(u'/') ? target.mid(1) : u"xl/"_s + target;
    }
    return fallback;
}

// Excel's grid: columns A to XFD, rows 1 to 1,048,576. A reference beyond it is no cell of a
// workbook; honouring one would make a few bytes of XML allocate millions of empty cells.
constexpr int kMaxColumns = 16384;
constexpr int kMaxRows = 1048576;
// Cells kept over the whole sheet, the gaps a reference skips included (each costs a QString):
// far more than any address list has, little enough memory that a row of "XFD" cells repeated
// by a hostile file cannot exhaust it.
constexpr qsizetype kMaxCells = 4'000'000;
constexpr int kNoColumn = -1;
constexpr int kBeyondGrid = -2;

bool isAsciiLetter(QChar c)
{
    return (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z');
}

// "BC12" → 54 (0-based column); kNoColumn without letters, kBeyondGrid past XFD.
int columnOf(QStringView ref)
{
    int column = 0;
    qsizetype i = 0;
    for (; i < ref.size() && isAsciiLetter(ref[i]); ++i) {
        column = column * 26 + (ref[i].toUpper().unicode() - u'A' + 1);
        if (column > kMaxColumns)
            return kBeyondGrid;
    }
    return i == 0 ? kNoColumn : column - 1;
}

QString cellText(QXmlStreamReader &xml, const QStringList &shared)
{
    const QString type = xml.attributes().value("t"_L1).toString();
    QString value;
    while (xml.readNextStartElement()) {
        if (xml.name() == "v"_L1)
            value = xml.readElementText();
        else if (xml.name() == "is"_L1)
            value = richText(xml);
        else
            xml.skipCurrentElement();
    }
    if (type == "s"_L1) {
        bool ok = false;
        const int index = value.toInt(&ok);
        return ok ? shared.value(index) : QString();
    }
    if (type == "b"_L1)
        return value == "1"_L1 ? u"TRUE"_s : u"FALSE"_s;
    return value;
}

QList<TableRow> sheetRows(const QByteArray &part, const QStringList &shared, QString *xmlError)
{
    QList<TableRow> rows;
    qsizetype cells = 0;
    QXmlStreamReader xml(part);
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement() || xml.name() != "row"_L1)
            continue;
        TableRow row;
        row.number = xml.attributes().value("r"_L1).toInt();
        if (row.number <= 0 || row.number > kMaxRows)
            row.number = rows.isEmpty() ? 1 : std::min(rows.constLast().number + 1, kMaxRows);
        while (xml.readNextStartElement()) {
            const int at = xml.name() == "c"_L1 ? columnOf(xml.attributes().value("r"_L1)) : kBeyondGrid;
            const int column = at == kNoColumn ? int(row.cells.size()) : at;
            if (column < 0 || column >= kMaxColumns) {
                xml.skipCurrentElement();
                continue;
            }
            while (row.cells.size() < column)
                row.cells.append(QString());
            const QString text = cellText(xml, shared);
            if (column < row.cells.size())
                row.cells[column] = text;
            else
                row.cells.append(text);
        }
        cells += row.cells.size();
        if (cells > kMaxCells) {
            *xmlError = XlsxTr::tr("it has more than %L1 cells").arg(kMaxCells);
            return {};
        }
        rows.append(row);
    }
    if (xml.hasError())
        *xmlError = xml.errorString();
    return rows;
}

} // namespace

bool looksLikeZip(const QByteArray &bytes)
{
    return bytes.startsWith("PK\x03\x04");
}

std::optional<QList<TableRow>> readXlsxRows(const QByteArray &book, QString *error)
{
    const auto failWith = [error](const QString &text) -> std::optional<QList<TableRow>> {
        if (error)
            *error = text;
        return std::nullopt;
    };
    MemoryStream stream{&book, 0};
    zlib_filefunc64_def io{memOpen, memRead, memWrite, memTell, memSeek, memClose, memError, &stream};
    const std::unique_ptr<void, ZipCloser> zip(unzOpen2_64("workbook.xlsx", &io));
    if (!zip)
        return failWith(
            XlsxTr::tr("The file is not an XLSX workbook (it cannot be opened as a zip archive)."));
    bool tooLarge = false;
    const auto workbook = readPart(zip.get(), u"xl/workbook.xml"_s, &tooLarge);
    const auto rels = readPart(zip.get(), u"xl/_rels/workbook.xml.rels"_s, &tooLarge);
    const auto strings = readPart(zip.get(), u"xl/sharedStrings.xml"_s, &tooLarge);
    const auto sheet = readPart(zip.get(), firstSheetPath(workbook, rels), &tooLarge);
    if (tooLarge)
        return failWith(XlsxTr::tr("The workbook is too large: a sheet unpacks to more than %1 MB.")
                            .arg(kMaxXlsxPartBytes / (qint64(1024) * 1024)));
    if (!sheet)
        return failWith(XlsxTr::tr("The workbook has no readable first sheet: is it damaged?"));
    QString xmlError;
    QList<TableRow> rows = sheetRows(*sheet, strings ? sharedStrings(*strings) : QStringList(), &xmlError);
    if (!xmlError.isEmpty())
        return failWith(XlsxTr::tr("The workbook's first sheet cannot be read: %1").arg(xmlError));
    return rows;
}

} // namespace sendtrail
