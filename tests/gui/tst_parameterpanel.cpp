// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// ParameterPanel as the conversation's settings: exact round trips, unset parameters left out,
// values set through the widgets, the token limit under the profile's name, reset, and the
// request body the panel's settings produce. Input checks and layout: tst_parameterpanel_inputs.
#include <memory>

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

#include "core/chat/ConversationRequest.h"
#include "core/request/ChatRequest.h"
#include "core/settings/ProfileStore.h"
#include "gui/panel/ModelPicker.h"
#include "gui/panel/ParameterPanel.h"

using namespace Qt::StringLiterals;
using Conversation::Settings;

Q_DECLARE_METATYPE(Conversation::Settings)

namespace {
Settings profileOnly(const QString &profile, const QString &model = {})
{
    Settings s;
    s.profile = profile;
    s.model = model;
    return s;
}

Conversation::Message userMessage(const QString &text)
{
    Conversation::Message message;
    message.role = Conversation::Role::User;
    Conversation::Part part;
    part.text = text;
    message.parts = { part };
    return message;
}

Settings fullSettings()
{
    Settings s;
    s.profile = u"openai"_s;
    s.model = u"gpt-4.1-mini"_s;
    s.systemPrompt = u"日本語で答えてください。\nBe brief."_s;
    s.developerRole = true;
    s.parameters = QJsonObject{ { u"temperature"_s, 0.35 }, { u"top_p"_s, 0.9 },
        { u"max_completion_tokens"_s, 2048 }, { u"presence_penalty"_s, -0.5 },
        { u"frequency_penalty"_s, 1.25 }, { u"seed"_s, qint64(9007199254740993) }, { u"n"_s, 3 },
        { u"stop"_s, QJsonArray{ u"\n\n"_s, u"END"_s } }, { u"reasoning_effort"_s, u"xhigh"_s },
        { u"logprobs"_s, true }, { u"top_logprobs"_s, 5 },
        { u"response_format"_s,
            QJsonObject{ { u"type"_s, u"json_schema"_s },
                { u"json_schema"_s,
                    QJsonObject{ { u"name"_s, u"answer"_s }, { u"description"_s, u"One answer"_s },
                        { u"schema"_s,
                            QJsonObject{ { u"type"_s, u"object"_s },
                                { u"properties"_s,
                                    QJsonObject{ { u"text"_s,
                                        QJsonObject{ { u"type"_s, u"string"_s } } } } } } },
                        { u"strict"_s, true } } } } },
        // set elsewhere (kaiwa-cli --param): kept as is
        { u"logit_bias"_s, QJsonObject{ { u"50256"_s, -100 } } } };
    s.store = true;
    s.metadata = QJsonObject{ { u"topic"_s, u"京都"_s }, { u"run"_s, u"7"_s } };
    return s;
}
} // namespace

class TestParameterPanel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void roundTrip_data();
    void roundTrip();
    void unsetParametersAreAbsent();
    void temperatureFromTheWidget();
    void tokenLimitFollowsTheProfile();
    void editsReachTheSettings();
    void resetUnsetsEverything();
    void requestHasExactlyTheSetFields();
    void spokenAnswersSetModalitiesAndAudio();
    void storingStartsWithAppMetadata();

private:
    template <typename T>
    T *child(const QString &name) const
    {
        T *widget = m_panel->findChild<T *>(name);
        if (!widget)
            qWarning("no widget %s", qPrintable(name));
        return widget;
    }

    void saveProfile(const QString &name, ProviderProfile::Kind kind);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProfileStore> m_profiles;
    ParameterPanel *m_panel = nullptr;
};

void TestParameterPanel::saveProfile(const QString &name, ProviderProfile::Kind kind)
{
    ProviderProfile profile = ProviderProfile::defaultsFor(kind);
    profile.name = name;
    QVERIFY(m_profiles->save(profile).has_value());
}

void TestParameterPanel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_profiles = std::make_unique<ProfileStore>(m_dir->filePath(u"profiles.ini"_s));
    saveProfile(u"openai"_s, ProviderProfile::Kind::OpenAI);
    saveProfile(u"ollama"_s, ProviderProfile::Kind::Local);
    m_panel = new ParameterPanel;
    m_panel->setProfileStore(m_profiles.get());
    m_panel->resize(300, 700);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel));
}

void TestParameterPanel::cleanup()
{
    delete m_panel;
    m_panel = nullptr;
    m_profiles.reset();
}

void TestParameterPanel::roundTrip_data()
{
    QTest::addColumn<Settings>("settings");
    QTest::addRow("empty") << Settings();
    QTest::addRow("everything set") << fullSettings();
    Settings legacy;
    legacy.profile = u"gone"_s; // a deleted profile: its token limit name is kept
    legacy.parameters = QJsonObject{ { u"max_tokens"_s, 100 }, { u"stop"_s, u"###"_s },
        { u"temperature"_s, 0.123456 }, { u"reasoning_effort"_s, u"someday"_s } };
    legacy.metadata = QJsonObject{ { u"k"_s, u"v"_s } };
    QTest::addRow("unusual values") << legacy;
    Settings local;
    local.profile = u"ollama"_s;
    local.parameters = QJsonObject{ { u"max_tokens"_s, 64 }, { u"logprobs"_s, false },
        { u"response_format"_s, QJsonObject{ { u"type"_s, u"json_object"_s } } } };
    QTest::addRow("local profile") << local;
}

void TestParameterPanel::roundTrip()
{
    QFETCH(Settings, settings);
    QSignalSpy changed(m_panel, &ParameterPanel::settingsChanged);
    m_panel->setSettings(fullSettings());
    m_panel->setSettings(settings);
    QCOMPARE(m_panel->settings(), settings);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(m_panel->modelPicker()->model(), settings.model);
    QCOMPARE(child<QPlainTextEdit>(u"systemPromptEdit"_s)->toPlainText(), settings.systemPrompt);
    for (const QString &id : { u"temperature"_s, u"seed"_s, u"stop"_s, u"responseFormat"_s }) {
        const QString key = id == u"responseFormat"_s ? u"response_format"_s : id;
        QCOMPARE(
            child<QCheckBox>(id + u"Toggle"_s)->isChecked(), settings.parameters.contains(key));
    }
}

void TestParameterPanel::unsetParametersAreAbsent()
{
    m_panel->setSettings(profileOnly(u"openai"_s));
    QVERIFY(m_panel->settings().parameters.isEmpty());
    auto *toggle = child<QCheckBox>(u"topPToggle"_s);
    auto *editor = child<QDoubleSpinBox>(u"topPEditor"_s);
    QVERIFY(!editor->isEnabled()); // shows the API default, greyed out
    QCOMPARE(editor->value(), 1.0);
    toggle->click();
    QVERIFY(editor->isEnabled());
    QCOMPARE(m_panel->settings().parameters, QJsonObject({ { u"top_p"_s, 1.0 } }));
    toggle->click();
    QVERIFY(m_panel->settings().parameters.isEmpty());
    QVERIFY(!m_panel->settings().parameters.contains(u"top_p"_s));
}

void TestParameterPanel::temperatureFromTheWidget()
{
    m_panel->setSettings(profileOnly(u"openai"_s));
    QSignalSpy changed(m_panel, &ParameterPanel::settingsChanged);
    child<QCheckBox>(u"temperatureToggle"_s)->click();
    auto *spin = child<QDoubleSpinBox>(u"temperatureEditor"_s);
    spin->setFocus();
    spin->selectAll();
    QTest::keyClicks(spin, u"0.7"_s);
    QTest::keyClick(spin, Qt::Key_Return);
    QCOMPARE(m_panel->settings().parameters, QJsonObject({ { u"temperature"_s, 0.7 } }));
    QVERIFY(changed.count() >= 1);
    QCOMPARE(changed.last().first().value<Settings>().parameters,
        QJsonObject({ { u"temperature"_s, 0.7 } }));
    // The spec's range: 2 at most.
    spin->selectAll();
    QTest::keyClicks(spin, u"5"_s);
    QTest::keyClick(spin, Qt::Key_Return);
    QVERIFY(m_panel->settings().parameters.value(u"temperature"_s).toDouble() <= 2.0);
}

void TestParameterPanel::tokenLimitFollowsTheProfile()
{
    m_panel->setSettings(profileOnly(u"ollama"_s));
    auto *toggle = child<QCheckBox>(u"maxTokensToggle"_s);
    QCOMPARE(toggle->text(), u"max_tokens"_s);
    toggle->click();
    child<QSpinBox>(u"maxTokensEditor"_s)->setValue(256);
    QCOMPARE(m_panel->settings().parameters, QJsonObject({ { u"max_tokens"_s, 256 } }));

    // The user picks the OpenAI profile: the limit is now sent as max_completion_tokens.
    QSignalSpy requested(m_panel->modelPicker(), &ModelPicker::refreshRequested);
    auto *combo = child<QComboBox>(u"profileCombo"_s);
    QCOMPARE(combo->currentText(), u"ollama"_s);
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Down); // names are sorted: ollama, openai
    QCOMPARE(m_panel->settings().profile, u"openai"_s);
    QCOMPARE(toggle->text(), u"max_completion_tokens"_s);
    QCOMPARE(m_panel->settings().parameters, QJsonObject({ { u"max_completion_tokens"_s, 256 } }));
    QCOMPARE(m_panel->modelPicker()->profile(), u"openai"_s);
    QCOMPARE(requested.count(), 0); // no catalog set: nothing to refresh

    // A profile changed elsewhere to max_tokens: the label follows, and the next edit uses it.
    ProviderProfile openai = *m_profiles->profile(u"openai"_s);
    openai.tokenLimitField = ProviderProfile::TokenLimitField::MaxTokens;
    QVERIFY(m_profiles->save(openai).has_value());
    QCOMPARE(toggle->text(), u"max_tokens"_s);
    child<QSpinBox>(u"maxTokensEditor"_s)->setValue(300);
    QCOMPARE(m_panel->settings().parameters, QJsonObject({ { u"max_tokens"_s, 300 } }));
}

void TestParameterPanel::editsReachTheSettings()
{
    m_panel->setSettings(profileOnly(u"openai"_s));
    QSignalSpy changed(m_panel, &ParameterPanel::settingsChanged);
    auto *prompt = child<QPlainTextEdit>(u"systemPromptEdit"_s);
    prompt->setFocus();
    QTest::keyClicks(prompt, u"Be brief"_s);
    QCOMPARE(m_panel->settings().systemPrompt, u"Be brief"_s);
    child<QCheckBox>(u"developerRoleToggle"_s)->click();
    QVERIFY(m_panel->settings().developerRole);
    auto *model = m_panel->findChild<QComboBox *>(u"modelCombo"_s);
    model->lineEdit()->setFocus();
    QTest::keyClicks(model->lineEdit(), u"o4-mini"_s);
    QTest::keyClick(model->lineEdit(), Qt::Key_Return);
    QCOMPARE(m_panel->settings().model, u"o4-mini"_s);
    child<QCheckBox>(u"storeToggle"_s)->click();
    QVERIFY(m_panel->settings().store);
    QVERIFY(changed.count() >= 4);
    QCOMPARE(changed.last().first().value<Settings>(), m_panel->settings());
}

void TestParameterPanel::resetUnsetsEverything()
{
    m_panel->setSettings(fullSettings());
    QSignalSpy changed(m_panel, &ParameterPanel::settingsChanged);
    QTest::mouseClick(child<QPushButton>(u"resetParameters"_s), Qt::LeftButton);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(m_panel->settings(), profileOnly(u"openai"_s));
    QVERIFY(!child<QCheckBox>(u"temperatureToggle"_s)->isChecked());
    QVERIFY(!child<QCheckBox>(u"storeToggle"_s)->isChecked());
    QVERIFY(child<QPlainTextEdit>(u"systemPromptEdit"_s)->toPlainText().isEmpty());
    QVERIFY(m_panel->modelPicker()->model().isEmpty());
}

void TestParameterPanel::requestHasExactlyTheSetFields()
{
    m_panel->setSettings(profileOnly(u"ollama"_s, u"qwen3:8b"_s));
    child<QCheckBox>(u"temperatureToggle"_s)->click();
    child<QDoubleSpinBox>(u"temperatureEditor"_s)->setValue(0.2);
    child<QCheckBox>(u"maxTokensToggle"_s)->click();
    child<QSpinBox>(u"maxTokensEditor"_s)->setValue(500);
    child<QCheckBox>(u"stopToggle"_s)->click();
    auto *stop = child<QLineEdit>(u"stopSequence1"_s);
    stop->setFocus();
    QTest::keyClicks(stop, u"\\n\\n"_s); // typed as an escape
    child<QCheckBox>(u"reasoningEffortToggle"_s)->click();
    child<QComboBox>(u"reasoningEffortEditor"_s)->setCurrentText(u"low"_s);
    // Toggled and then untoggled: must not be sent.
    child<QCheckBox>(u"seedToggle"_s)->click();
    child<QCheckBox>(u"seedToggle"_s)->click();

    const Settings settings = m_panel->settings();
    const auto request = ConversationRequest::build(settings, { userMessage(u"hi"_s) },
        [](const QByteArray &) { return std::expected<QByteArray, QString>(); });
    QVERIFY2(request.has_value(), qPrintable(request.error()));
    QVERIFY(validate(*request).isEmpty());
    const QJsonObject body = toJson(*request, *m_profiles->profile(u"ollama"_s));
    QStringList keys = body.keys();
    keys.sort();
    QCOMPARE(keys,
        QStringList({ u"max_tokens"_s, u"messages"_s, u"model"_s, u"reasoning_effort"_s, u"stop"_s,
            u"temperature"_s }));
    QCOMPARE(body.value(u"temperature"_s).toDouble(), 0.2);
    QCOMPARE(body.value(u"max_tokens"_s).toInt(), 500);
    QCOMPARE(body.value(u"stop"_s), QJsonValue(QJsonArray{ u"\n\n"_s }));
    QCOMPARE(body.value(u"reasoning_effort"_s).toString(), u"low"_s);
    QCOMPARE(body.value(u"messages"_s).toArray().size(), 1);
}

void TestParameterPanel::spokenAnswersSetModalitiesAndAudio()
{
    m_panel->setSettings(profileOnly(u"openai"_s, u"gpt-4o-audio-preview"_s));
    QSignalSpy changed(m_panel, &ParameterPanel::settingsChanged);
    auto *on = child<QCheckBox>(u"spokenAnswers"_s);
    auto *voice = child<QComboBox>(u"spokenVoice"_s);
    QVERIFY(!voice->isEnabled()); // nothing to pick while off
    on->click();
    QCOMPARE(changed.size(), 1); // one change for the two keys
    voice->setCurrentText(u"coral"_s);
    QCOMPARE(m_panel->settings().parameters.value(u"modalities"_s),
        QJsonValue(QJsonArray{ u"text"_s, u"audio"_s }));
    QCOMPARE(m_panel->settings().parameters.value(u"audio"_s),
        QJsonValue(QJsonObject{ { u"voice"_s, u"coral"_s }, { u"format"_s, u"pcm16"_s } }));

    // The request carries both, valid as the builder sees it; reopened, the panel shows them.
    const auto request = ConversationRequest::build(m_panel->settings(), { userMessage(u"hi"_s) },
        [](const QByteArray &) { return std::expected<QByteArray, QString>(); });
    QVERIFY2(request.has_value(), qPrintable(request.error()));
    QVERIFY(validate(*request).isEmpty());
    const Settings saved = m_panel->settings();
    m_panel->setSettings({});
    QVERIFY(!on->isChecked());
    m_panel->setSettings(saved);
    QVERIFY(on->isChecked());
    QCOMPARE(voice->currentText(), u"coral"_s);

    // Off again: neither key is sent.
    on->click();
    QVERIFY(!m_panel->settings().parameters.contains(u"modalities"_s));
    QVERIFY(!m_panel->settings().parameters.contains(u"audio"_s));
    QVERIFY(!child<QLabel>(u"otherParameters"_s)->isVisible());
}

void TestParameterPanel::storingStartsWithAppMetadata()
{
    // Stored completions are found again by metadata: switching store on with none gives
    // app=kaiwa, which the user may change; metadata already set is left alone.
    m_panel->setSettings(profileOnly(u"openai"_s, u"gpt-4o"_s));
    child<QCheckBox>(u"storeToggle"_s)->click();
    QVERIFY(m_panel->settings().store);
    QCOMPARE(m_panel->settings().metadata, QJsonObject({ { u"app"_s, u"kaiwa"_s } }));

    Settings tagged = profileOnly(u"openai"_s, u"gpt-4o"_s);
    tagged.metadata = QJsonObject{ { u"project"_s, u"eval"_s } };
    m_panel->setSettings(tagged);
    child<QCheckBox>(u"storeToggle"_s)->click();
    QCOMPARE(m_panel->settings().metadata, QJsonObject({ { u"project"_s, u"eval"_s } }));
}

QTEST_MAIN(TestParameterPanel)
#include "tst_parameterpanel.moc"
