// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QButtonGroup;
class QLabel;
class QPushButton;

namespace Kiosk::Ui {

/**
 * What a self-service kiosk shows between customers: the shop's logo and name, "Tap to order"
 * and the language choice (Language::available(), each named in itself). A tap anywhere but on a
 * language starts an order; a language button only picks the language (languageChosen with
 * its code, "en", "de", "fr", "es") and stays highlighted. "Larger text" (largeTextToggled)
 * asks for the large-text, high-contrast theme (Theme::accessible()) for this customer.
 */
class AttractScreen final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AttractScreen)

public:
    /** logoPath: an image file (settings shop/logo); empty or unreadable shows the name only. */
    AttractScreen(const QString &shopName, const QString &logoPath, QWidget *parent = nullptr);

    /** Highlights the language in use (no signal). */
    void setLanguage(const QString &code);
    [[nodiscard]] QString language() const;
    [[nodiscard]] QPushButton *startButton() const { return m_start; }
    [[nodiscard]] QPushButton *languageButton(const QString &code) const;
    [[nodiscard]] bool showsLogo() const;
    [[nodiscard]] QPushButton *largeTextButton() const { return m_largeText; }
    /** Shows the toggle on or off (no signal). */
    void setLargeText(bool on);

Q_SIGNALS:
    void orderRequested();
    void languageChosen(const QString &code);
    void largeTextToggled(bool on);

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_logo = nullptr;
    QLabel *m_name = nullptr;
    QLabel *m_welcome = nullptr;
    QPushButton *m_start = nullptr;
    QButtonGroup *m_languages = nullptr;
    QPushButton *m_largeText = nullptr;
};

} // namespace Kiosk::Ui
