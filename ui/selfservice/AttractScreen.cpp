// SPDX-License-Identifier: MIT
#include "AttractScreen.h"

#include "Language.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QMouseEvent>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace Kiosk::Ui {

AttractScreen::AttractScreen(const QString &shopName, const QString &logoPath, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("attractScreen"));
    setAttribute(Qt::WA_StyledBackground);
    auto *root = new QVBoxLayout(this);
    root->setContentsMargins(48, 48, 48, 48);
    root->setSpacing(32);
    root->addStretch(2);

    m_logo = new QLabel(this);
    m_logo->setObjectName(QStringLiteral("attractLogo"));
    m_logo->setAlignment(Qt::AlignCenter);
    if (!logoPath.isEmpty()) {
        QImageReader reader(logoPath);
        // A logo is a picture, not a poster: bounded before decoding.
        if (reader.canRead() && reader.size().isValid() && reader.size().width() <= 8000
            && reader.size().height() <= 8000) {
            reader.setScaledSize(reader.size().scaled(QSize(420, 420), Qt::KeepAspectRatio));
            const QImage image = reader.read();
            if (!image.isNull())
                m_logo->setPixmap(QPixmap::fromImage(image));
        }
    }
    m_logo->setVisible(showsLogo());
    root->addWidget(m_logo);

    m_name = new QLabel(shopName, this);
    m_name->setObjectName(QStringLiteral("attractShopName"));
    m_name->setAlignment(Qt::AlignCenter);
    m_name->setWordWrap(true);
    root->addWidget(m_name);
    m_welcome = new QLabel(this);
    auto *welcome = m_welcome;
    welcome->setObjectName(QStringLiteral("attractWelcome"));
    welcome->setAlignment(Qt::AlignCenter);
    welcome->setWordWrap(true);
    root->addWidget(welcome);
    root->addStretch(1);

    m_start = new QPushButton(this);
    m_start->setObjectName(QStringLiteral("tapToOrderButton"));
    m_start->setProperty("role", QStringLiteral("primary"));
    m_start->setProperty("scale", QStringLiteral("huge"));
    m_start->setFocusPolicy(Qt::NoFocus);
    root->addWidget(m_start);
    root->addStretch(2);

    // The caption in all four: the screen's own language may be the wrong one.
    auto *caption = new QLabel(QStringLiteral("Language \u00b7 Sprache \u00b7 Langue \u00b7 Idioma"), this);
    caption->setObjectName(QStringLiteral("attractLanguageCaption"));
    caption->setAlignment(Qt::AlignCenter);
    root->addWidget(caption);
    auto *languageRow = new QHBoxLayout;
    languageRow->setSpacing(16);
    m_languages = new QButtonGroup(this);
    m_languages->setExclusive(true);
    // Each language named in itself: a customer looks for the one they read.
    for (const Language::Option &choice : Language::available()) {
        auto *button = new QPushButton(choice.nativeName, this);
        const QString code = choice.code;
        button->setObjectName(QStringLiteral("language_") + code);
        button->setProperty("languageCode", code);
        button->setProperty("role", QStringLiteral("language"));
        button->setCheckable(true);
        button->setFocusPolicy(Qt::NoFocus);
        button->setAccessibleName(choice.nativeName);
        m_languages->addButton(button);
        languageRow->addWidget(button, 1);
        connect(button, &QPushButton::clicked, this, [this, code] { Q_EMIT languageChosen(code); });
    }
    root->addLayout(languageRow);

    m_largeText = new QPushButton(this);
    m_largeText->setObjectName(QStringLiteral("largeTextToggle"));
    m_largeText->setProperty("role", QStringLiteral("language"));
    m_largeText->setCheckable(true);
    m_largeText->setFocusPolicy(Qt::NoFocus);
    root->addWidget(m_largeText, 0, Qt::AlignHCenter);
    connect(m_largeText, &QPushButton::toggled, this, &AttractScreen::largeTextToggled);

    connect(m_start, &QPushButton::clicked, this, &AttractScreen::orderRequested);
    setLanguage(Language::current());
    retranslateUi();
}

void AttractScreen::retranslateUi()
{
    m_welcome->setText(tr("Order and pay here."));
    m_start->setText(tr("Tap to order"));
    // "Aa" reads as "text size" in every language, before the customer has picked theirs.
    m_largeText->setText(tr("Aa  Larger text"));
    m_largeText->setAccessibleName(tr("Larger text and higher contrast"));
}

void AttractScreen::setLargeText(bool on)
{
    const QSignalBlocker quiet(m_largeText);
    m_largeText->setChecked(on);
}

void AttractScreen::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        setLanguage(Language::current());
    }
    QWidget::changeEvent(event);
}

void AttractScreen::setLanguage(const QString &code)
{
    if (QPushButton *button = languageButton(code))
        button->setChecked(true);
}

QString AttractScreen::language() const
{
    QAbstractButton *checked = m_languages->checkedButton();
    return checked ? checked->property("languageCode").toString() : QString();
}

QPushButton *AttractScreen::languageButton(const QString &code) const
{
    for (QAbstractButton *button : m_languages->buttons()) {
        if (button->property("languageCode").toString() == code)
            return qobject_cast<QPushButton *>(button);
    }
    return nullptr;
}

bool AttractScreen::showsLogo() const
{
    return !m_logo->pixmap().isNull();
}

void AttractScreen::mouseReleaseEvent(QMouseEvent *event)
{
    // The whole screen is the button: a customer taps wherever their eye lands.
    if (event->button() == Qt::LeftButton)
        Q_EMIT orderRequested();
    QWidget::mouseReleaseEvent(event);
}

} // namespace Kiosk::Ui
