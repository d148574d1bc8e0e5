#include "aboutdialog.h"

#include "statusicons.h"
#include "ui_aboutdialog.h"

using namespace Qt::StringLiterals;

namespace sendtrail {

AboutDialog::AboutDialog(QWidget *parent) : QDialog(parent), m_ui(std::make_unique<Ui::AboutDialog>())
{
    m_ui->setupUi(this);
    m_ui->iconLabel->setPixmap(StatusIcons::appIcon().pixmap(64, 64));
    m_ui->titleLabel->setText(u"<h2>Sendtrail %1</h2>"_s.arg(QString::fromLatin1(SENDTRAIL_VERSION)) +
                              tr("<p>Built with Qt %1, running on Qt %2.</p>")
                                  .arg(QString::fromLatin1(QT_VERSION_STR), QString::fromLatin1(qVersion())));
    m_ui->licencesTextBrowser->setHtml(tr(
        "<h3>Third-party software</h3>"
        "<ul>"
        "<li><b>Qt</b> — GNU Lesser General Public License v3.0 (LGPL-3.0). "
        "<a href=\"https://www.qt.io/licensing/open-source-lgpl-obligations\">qt.io</a></li>"
        "<li><b>QtKeychain</b> — BSD 3-Clause License (BSD-3-Clause). "
        "<a "
        "href=\"https://github.com/frankosterfeld/qtkeychain\">github.com/frankosterfeld/qtkeychain</a></li>"
        "<li><b>libxlsxwriter</b> — BSD 2-Clause License (BSD-2-Clause). "
        "<a href=\"https://libxlsxwriter.github.io\">libxlsxwriter.github.io</a></li>"
        "</ul>"
        "<p>Secrets are kept in the system keychain, never in the settings file.</p>"));
    m_ui->licencesTextBrowser->setMinimumHeight(160);
}

AboutDialog::~AboutDialog() = default;

} // namespace sendtrail
