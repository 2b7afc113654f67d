// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/SettingsDialog.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include "gui/UiSettings.h"

SettingsDialog::SettingsDialog(UiSettings &settings, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_language(new QComboBox(this))
    , m_sendKey(new QButtonGroup(this))
    , m_imageLongSide(new QSpinBox(this))
    , m_maxMegabytes(new QSpinBox(this))
    , m_remoteImages(new QCheckBox(tr("Show images from the web in answers"), this))
    , m_toolCommandOn(new QCheckBox(tr("Offer to run a local command for tool calls"), this))
    , m_toolCommand(new QLineEdit(this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    m_language->setObjectName(QStringLiteral("languageBox"));
    m_language->setAccessibleName(tr("Language"));
    m_language->setAccessibleDescription(
        tr("The language of Kaiwa's windows; it changes at once, without a restart"));
    m_language->addItem(tr("System language"), QString());
    // Each language by its own name, so a user who cannot read the current one still finds theirs.
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Português"), QStringLiteral("pt"));
    m_language->addItem(QStringLiteral("日本語"), QStringLiteral("ja"));
    m_language->addItem(QStringLiteral("한국어"), QStringLiteral("ko"));
    m_language->setCurrentIndex(qMax(0, m_language->findData(settings.language())));

    auto *enter = new QRadioButton(tr("Enter sends, Shift+Enter starts a new line"), this);
    enter->setObjectName(QStringLiteral("sendWithEnter"));
    auto *ctrlEnter = new QRadioButton(tr("Ctrl+Enter sends, Enter starts a new line"), this);
    ctrlEnter->setObjectName(QStringLiteral("sendWithCtrlEnter"));
    m_sendKey->addButton(enter, int(ComposerWidget::SendKey::Enter));
    m_sendKey->addButton(ctrlEnter, int(ComposerWidget::SendKey::CtrlEnter));
    m_sendKey->button(int(settings.sendKey()))->setChecked(true);

    auto *sendBox = new QVBoxLayout;
    sendBox->addWidget(enter);
    sendBox->addWidget(ctrlEnter);
    // Made after the fields below: Tab follows the form's rows, not the order of creation.
    setTabOrder(m_language, enter);
    setTabOrder(enter, ctrlEnter);
    const AttachmentIntake::Limits limits = settings.attachmentLimits();
    m_imageLongSide->setObjectName(QStringLiteral("imageLongSide"));
    m_imageLongSide->setAccessibleName(tr("Scale images down to a long side of"));
    m_imageLongSide->setAccessibleDescription(
        tr("Larger images are scaled down to this many pixels on their long side before sending"));
    m_imageLongSide->setRange(256, 8192);
    m_imageLongSide->setSingleStep(256);
    m_imageLongSide->setSuffix(tr(" px"));
    m_imageLongSide->setValue(limits.maxLongSide);
    m_maxMegabytes->setObjectName(QStringLiteral("maxAttachmentSize"));
    m_maxMegabytes->setAccessibleName(tr("Largest attachment"));
    m_maxMegabytes->setAccessibleDescription(
        tr("Files larger than this are refused as attachments"));
    m_maxMegabytes->setRange(1, 512);
    m_maxMegabytes->setSuffix(tr(" MB"));
    m_maxMegabytes->setValue(int(limits.maxBytes >> 20));

    m_remoteImages->setObjectName(QStringLiteral("loadRemoteImages"));
    m_remoteImages->setToolTip(
        tr("Markdown images in answers are downloaded from their sites, which can see your "
           "address. Off: they are shown as links."));
    m_remoteImages->setChecked(settings.loadRemoteImages());

    m_toolCommandOn->setObjectName(QStringLiteral("toolCommandOn"));
    m_toolCommandOn->setToolTip(
        tr("Each call gets a Run button: the command reads the call as JSON on its standard "
           "input, and what it prints is put in the answer for you to check before sending. "
           "Nothing runs unless you press Run."));
    m_toolCommandOn->setChecked(settings.toolCommandEnabled());
    m_toolCommand->setObjectName(QStringLiteral("toolCommand"));
    m_toolCommand->setAccessibleName(tr("Tool command"));
    m_toolCommand->setPlaceholderText(tr("e.g. python3 /home/me/tools.py"));
    m_toolCommand->setText(settings.toolCommandLine());
    m_toolCommand->setEnabled(m_toolCommandOn->isChecked());
    connect(m_toolCommandOn, &QCheckBox::toggled, m_toolCommand, &QLineEdit::setEnabled);

    auto *form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    form->addRow(tr("Sending:"), sendBox);
    form->addRow(tr("Scale images down to a long side of:"), m_imageLongSide);
    form->addRow(tr("Largest attachment:"), m_maxMegabytes);
    form->addRow(QString(), m_remoteImages);
    form->addRow(tr("Tool calls:"), m_toolCommandOn);
    form->addRow(tr("Tool &command:"), m_toolCommand);
    auto *buttons =
        new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, Qt::Horizontal, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        apply();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::apply()
{
    m_settings.setSendKey(ComposerWidget::SendKey(m_sendKey->checkedId()));
    m_settings.setLanguage(m_language->currentData().toString());
    AttachmentIntake::Limits limits;
    limits.maxLongSide = m_imageLongSide->value();
    limits.maxBytes = qint64(m_maxMegabytes->value()) << 20;
    m_settings.setAttachmentLimits(limits);
    m_settings.setLoadRemoteImages(m_remoteImages->isChecked());
    m_settings.setToolCommand(m_toolCommandOn->isChecked(), m_toolCommand->text());
}
