// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// A conversation's settings survive the store (issue 7): every request parameter the panel edits
// (a 64-bit seed, stop as a list, tools, tool_choice, parallel_tool_calls, logprobs, a
// json_schema response_format, …) is saved to a real SQLite ConversationStore, read back by a
// new store and session unchanged, and the next request carries each of them as it was set.
#include "SessionTestSupport.h"
#include "support/SpecCheck.h"

using namespace Qt::StringLiterals;
using namespace SessionTest;

namespace {
QJsonObject function(const QString &name, const QJsonObject &parameters, bool strict)
{
    return { { u"type"_s, u"function"_s },
        { u"function"_s,
            QJsonObject{ { u"name"_s, name }, { u"description"_s, QString(u"説明: "_s + name) },
                { u"parameters"_s, parameters }, { u"strict"_s, strict } } } };
}

Conversation::Settings everything()
{
    const QJsonObject city{ { u"type"_s, u"object"_s },
        { u"properties"_s,
            QJsonObject{ { u"city"_s, QJsonObject{ { u"type"_s, u"string"_s } } } } },
        { u"required"_s, QJsonArray{ u"city"_s } }, { u"additionalProperties"_s, false } };
    const QJsonObject answer{ { u"type"_s, u"object"_s },
        { u"properties"_s,
            QJsonObject{ { u"summary"_s, QJsonObject{ { u"type"_s, u"string"_s } } },
                { u"score"_s, QJsonObject{ { u"type"_s, u"number"_s } } } } },
        { u"required"_s, QJsonArray{ u"summary"_s, u"score"_s } },
        { u"additionalProperties"_s, false } };
    Conversation::Settings s;
    s.profile = u"fake"_s;
    s.model = u"gpt-4o-mini"_s;
    s.systemPrompt = u"簡潔に答えてください。"_s;
    s.developerRole = true;
    s.store = true;
    s.metadata = QJsonObject{ { u"app"_s, u"kaiwa"_s }, { u"topic"_s, u"天気"_s } };
    s.parameters = QJsonObject{
        { u"temperature"_s, 0.2 },
        { u"top_p"_s, 0.9 },
        { u"max_completion_tokens"_s, 256 },
        { u"presence_penalty"_s, -0.5 },
        { u"frequency_penalty"_s, 0.25 },
        // 2^53 + 1: a double would round it to 2^53.
        { u"seed"_s, QJsonValue(Q_INT64_C(9007199254740993)) },
        { u"n"_s, 1 },
        { u"stop"_s, QJsonArray{ u"\n\n"_s, u"END"_s } },
        { u"reasoning_effort"_s, u"low"_s },
        { u"logprobs"_s, true },
        { u"top_logprobs"_s, 3 },
        { u"response_format"_s,
            QJsonObject{ { u"type"_s, u"json_schema"_s },
                { u"json_schema"_s,
                    QJsonObject{ { u"name"_s, u"answer"_s }, { u"schema"_s, answer },
                        { u"strict"_s, true } } } } },
        { u"tools"_s,
            QJsonArray{ function(u"get_weather"_s, city, true),
                function(u"search"_s, QJsonObject{ { u"type"_s, u"object"_s } }, false) } },
        { u"tool_choice"_s,
            QJsonObject{ { u"type"_s, u"function"_s },
                { u"function"_s, QJsonObject{ { u"name"_s, u"get_weather"_s } } } } },
        { u"parallel_tool_calls"_s, false },
    };
    return s;
}

//! Opens the database again with a new store and session, as a restarted Kaiwa does.
struct Reopened
{
    explicit Reopened(const QString &path) { opened = store.open(path).has_value(); }

    ConversationStore store;
    MessageModel model;
    ChatSession session{ store, model };
    bool opened = false;
};
} // namespace

class TestSettingsRoundTrip final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createdSettingsSurviveAndAreSent();
    void changedSettingsSurvive();
};

void TestSettingsRoundTrip::createdSettingsSurviveAndAreSent()
{
    Fixture f;
    const Conversation::Settings s = everything();
    const auto id = f.session.create(s);
    QVERIFY(id);

    Reopened again(f.dbPath());
    QVERIFY(again.opened);
    QVERIFY(again.session.open(*id));
    QCOMPARE(again.session.info().settings, s);
    QCOMPARE(again.session.info().settings.parameters.value(u"seed"_s).toInteger(),
        Q_INT64_C(9007199254740993));

    again.session.setClient(f.client.get());
    f.server.enqueue(answer({ u"{\"summary\": \"晴れ\", \"score\": 1}"_s }));
    QSignalSpy finished(&again.session, &ChatSession::answerFinished);
    QVERIFY(again.session.send(say(u"京都の天気は？"_s)));
    QVERIFY(finished.wait(5000));
    again.session.setClient(nullptr);

    const QJsonObject body = f.server.lastRequest().json();
    for (auto it = s.parameters.begin(); it != s.parameters.end(); ++it)
        QVERIFY2(body.value(it.key()) == it.value(), qPrintable(it.key()));
    QCOMPARE(body.value(u"seed"_s).toInteger(), Q_INT64_C(9007199254740993));
    QVERIFY(!body.contains(u"max_tokens"_s)); // one token limit, under the profile's name
    QCOMPARE(body.value(u"model"_s), QJsonValue(s.model));
    QCOMPARE(body.value(u"store"_s), QJsonValue(true));
    QCOMPARE(body.value(u"metadata"_s).toObject(), s.metadata);
    QCOMPARE(sentTurns(f.server.lastRequest()).first(), u"developer: "_s + s.systemPrompt);

    // And one the validator must refuse, so a validator that passes everything fails here.
    QJsonObject broken = body;
    broken.insert(u"top_logprobs"_s, 25);
    const QString report = SpecCheck::validate(
        { { u"every panel parameter"_s, body }, { u"top_logprobs above 20"_s, broken, false } });
    QVERIFY2(report.isEmpty(), qPrintable(report));
}

void TestSettingsRoundTrip::changedSettingsSurvive()
{
    // Settings changed after the conversation started (the panel's path) are stored too, and
    // a parameter unset in between is gone after reopening.
    Fixture f;
    const auto id = f.session.create(settings());
    QVERIFY(id);
    Conversation::Settings s = everything();
    f.session.setSettings(s);
    s.parameters.remove(u"parallel_tool_calls"_s);
    s.parameters.insert(u"tool_choice"_s, u"required"_s);
    f.session.setSettings(s);

    Reopened again(f.dbPath());
    QVERIFY(again.opened);
    QVERIFY(again.session.open(*id));
    QCOMPARE(again.session.info().settings, s);
    QVERIFY(!again.session.info().settings.parameters.contains(u"parallel_tool_calls"_s));
}

QTEST_GUILESS_MAIN(TestSettingsRoundTrip)
#include "tst_settingsroundtrip.moc"
