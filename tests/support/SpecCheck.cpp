// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SpecCheck.h"

#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryFile>

QString SpecCheck::validate(const QList<Row> &rows)
{
    QTemporaryFile table;
    if (!table.open())
        return QStringLiteral("cannot write the table: ") + table.errorString();
    for (const Row &row : rows) {
        const QJsonObject line{ { QStringLiteral("name"), row.name },
            { QStringLiteral("schema"), row.schema },
            { QStringLiteral("expect"),
                row.valid ? QStringLiteral("valid") : QStringLiteral("invalid") },
            { QStringLiteral("body"), row.body } };
        table.write(QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n');
    }
    table.flush();
    QProcess python;
    python.setProcessChannelMode(QProcess::MergedChannels);
    python.start(QStringLiteral("/usr/bin/python3"),
        { QStringLiteral(KAIWA_SPEC_DIR "/validate_requests.py"), QStringLiteral("--table-file"),
            table.fileName(), QStringLiteral("--spec"), QStringLiteral(KAIWA_SPEC_YAML) });
    if (!python.waitForFinished(120000))
        return QStringLiteral("the validator did not finish: ") + python.errorString();
    const QString output = QString::fromUtf8(python.readAll());
    if (python.exitStatus() != QProcess::NormalExit || python.exitCode() != 0)
        return output.isEmpty() ? QStringLiteral("the validator failed") : output;
    return {};
}
