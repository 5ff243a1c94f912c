// SPDX-License-Identifier: GPL-3.0-or-later
#include "batch/joblist.h"

#include <cmath>

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSet>

namespace nss {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("nss", text);
}

QString at(const QString &path, int line, const QString &message)
{
    return QStringLiteral("%1:%2: %3").arg(path).arg(line).arg(message);
}

QString normalisedKey(QString key)
{
    return key.trimmed().toLower().replace(QLatin1Char('_'), QLatin1Char('-'));
}

// A CSV cell's values: "style" holds several styles separated by ';' (and "style-mask" and
// "style-source-mask" their masks), "style-blend" may separate its weights by ';' too (a ',' would need quotes).
QStringList cellValues(const QString &key, const QString &cell)
{
    if (key == QLatin1String("style") || key == QLatin1String("style-mask") || key == QLatin1String("style-source-mask")) {
        QStringList styles;
        for (const QString &part : cell.split(QLatin1Char(';')))
            if (!part.trimmed().isEmpty())
                styles.append(part.trimmed());
        return styles;
    }
    QString value = cell.trimmed();
    if (key == QLatin1String("style-blend"))
        value.replace(QLatin1Char(';'), QLatin1Char(','));
    return {value};
}

struct CsvRecord
{
    int line = 0;
    QStringList cells;
};

// RFC 4180 records: quoted cells may hold commas, doubled quotes and line breaks.
Expected<QList<CsvRecord>> csvRecords(const QString &path, const QString &text)
{
    QList<CsvRecord> records;
    CsvRecord record;
    QString cell;
    bool quoted = false, cellWasQuoted = false, atRecordStart = true;
    int line = 1;
    auto endRecord = [&] {
        record.cells.append(cell);
        const bool blank = record.cells.size() == 1 && record.cells[0].trimmed().isEmpty() && !cellWasQuoted;
        if (!blank)
            records.append(record);
        record = CsvRecord{};
        cell.clear();
        cellWasQuoted = false;
        atRecordStart = true;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (atRecordStart) {
            record.line = line;
            atRecordStart = false;
            if (c == QLatin1Char('#')) { // a comment line
                while (i < text.size() && text[i] != QLatin1Char('\n'))
                    ++i;
                ++line;
                atRecordStart = true;
                continue;
            }
        }
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text[i + 1] == QLatin1Char('"')) {
                cell += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                cell += c;
            }
        } else if (c == QLatin1Char('"') && cell.trimmed().isEmpty()) {
            quoted = cellWasQuoted = true;
            cell.clear();
        } else if (c == QLatin1Char(',')) {
            record.cells.append(cell);
            cell.clear();
            cellWasQuoted = false;
        } else if (c == QLatin1Char('\n')) {
            endRecord();
            ++line;
        } else if (c != QLatin1Char('\r')) {
            cell += c;
        }
    }
    if (quoted)
        return fail(at(path, record.line, tr("a quoted cell is not closed (a \" is missing).")));
    if (!atRecordStart)
        endRecord();
    return records;
}

Expected<QList<JobListRow>> csvRows(const QString &path, const QString &text)
{
    const auto records = csvRecords(path, text);
    if (!records)
        return fail(records.error());
    if (records->isEmpty())
        return QList<JobListRow>{};
    const CsvRecord &header = records->first();
    QStringList keys;
    for (const QString &cell : header.cells) {
        const QString key = normalisedKey(cell);
        if (key.isEmpty())
            return fail(at(path, header.line, tr("the header row has an empty column name.")));
        if (keys.contains(key))
            return fail(at(path, header.line, tr("the column \"%1\" is named twice.").arg(key)));
        keys.append(key);
    }
    QList<JobListRow> rows;
    for (qsizetype r = 1; r < records->size(); ++r) {
        const CsvRecord &record = records->at(r);
        if (record.cells.size() > keys.size())
            return fail(at(path, record.line,
                           tr("%1 cells for %2 columns (quote a cell that holds a comma).")
                               .arg(record.cells.size())
                               .arg(keys.size())));
        JobListRow row{record.line, {}};
        for (qsizetype c = 0; c < record.cells.size(); ++c)
            if (!record.cells[c].trimmed().isEmpty())
                row.values.append({keys[c], cellValues(keys[c], record.cells[c])});
        rows.append(row);
    }
    return rows;
}

Expected<QString> jsonScalar(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble()) {
        const double number = value.toDouble();
        if (number == std::floor(number) && std::abs(number) < 1e15)
            return QString::number(static_cast<qint64>(number));
        return QString::number(number, 'g', QLocale::FloatingPointShortest);
    }
    return fail(QString());
}

Expected<JobListRow> jsonRow(const QString &path, int line, const QByteArray &bytes)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError)
        return fail(at(path, line, tr("not valid JSON: %1 at character %2.").arg(error.errorString()).arg(error.offset + 1)));
    if (!document.isObject())
        return fail(at(path, line, tr("a job is a JSON object, {\"content\": ..., \"style\": ...}.")));
    JobListRow row{line, {}};
    const QJsonObject object = document.object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString key = normalisedKey(it.key());
        if (it.value().isNull())
            continue;
        const QJsonArray array = it.value().isArray() ? it.value().toArray() : QJsonArray{it.value()};
        QStringList values;
        for (const QJsonValue &item : array) {
            const auto text = jsonScalar(item);
            if (!text)
                return fail(at(path, line, tr("\"%1\" must be a string or a number.").arg(it.key())));
            values.append(text.value());
        }
        if (key != QLatin1String("style") && key != QLatin1String("style-mask") && key != QLatin1String("style-source-mask"))
            values = QStringList{values.join(QLatin1Char(','))};
        if (!values.isEmpty())
            row.values.append({key, values});
    }
    return row;
}

Expected<QList<JobListRow>> jsonLinesRows(const QString &path, const QByteArray &bytes)
{
    QList<JobListRow> rows;
    const QList<QByteArray> lines = bytes.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const auto row = jsonRow(path, int(i + 1), line);
        if (!row)
            return fail(row.error());
        rows.append(row.value());
    }
    return rows;
}

} // namespace

Expected<JobList> readJobList(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("csv") && suffix != QLatin1String("jsonl"))
        return fail(tr("--jobs: %1 is neither .csv nor .jsonl.").arg(path));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("--jobs: cannot read %1: %2.").arg(path, file.errorString()));
    QByteArray bytes = file.readAll();
    if (bytes.startsWith("\xEF\xBB\xBF")) // the byte-order mark spreadsheets write
        bytes.remove(0, 3);
    const auto rows =
        suffix == QLatin1String("csv") ? csvRows(path, QString::fromUtf8(bytes)) : jsonLinesRows(path, bytes);
    if (!rows)
        return fail(rows.error());
    if (rows->isEmpty())
        return fail(tr("--jobs: %1 holds no jobs.").arg(path));
    return JobList{path, rows.value()};
}

} // namespace nss
