// SPDX-License-Identifier: GPL-3.0-or-later
#include "hex/HexView.h"

#include <QFontDatabase>
#include <QPainter>
#include <QScrollBar>

namespace seedscope::ui {
namespace {
// Offset column (8 digits and a gap), then per byte 3 hex columns and 1 ASCII column.
constexpr int charsFor(int bytesPerLine) { return 11 + bytesPerLine * 3 + 2 + bytesPerLine + 1; }
}

HexView::HexView(QWidget *parent) : QAbstractScrollArea(parent)
{
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    const QFontMetrics fm(font());
    m_lineHeight = fm.height();
    m_charWidth = fm.horizontalAdvance(QLatin1Char('0'));
    // 16 bytes a line when there is room, 8 when the dock is narrow (long translations
    // take width from the docks): the view reflows instead of forcing the window wider.
    setMinimumWidth(m_charWidth * charsFor(8) + verticalScrollBar()->sizeHint().width() + 2 * frameWidth());
}

void HexView::setData(QByteArrayView bytes, qint64 baseOffset)
{
    m_bytes = bytes;
    m_base = baseOffset;
    m_hlOffset = -1;
    m_hlLength = 0;
    updateScrollBar();
    verticalScrollBar()->setValue(0);
    viewport()->update();
}

void HexView::setHighlight(qint64 offset, qint64 length)
{
    m_hlOffset = offset;
    m_hlLength = length;
    if (offset >= m_base && offset < m_base + m_bytes.size()) {
        const int line = int((offset - m_base) / m_bytesPerLine);
        const int visible = qMax(1, viewport()->height() / m_lineHeight);
        QScrollBar *sb = verticalScrollBar();
        if (line < sb->value() || line >= sb->value() + visible)
            sb->setValue(qMax(0, line - 2));
    }
    viewport()->update();
}

void HexView::setDamaged(const QList<QPair<qint64, qint64>> &ranges)
{
    m_damaged = ranges;
    viewport()->update();
}

qint64 HexView::firstVisibleOffset() const { return m_base + qint64(verticalScrollBar()->value()) * m_bytesPerLine; }

bool HexView::isDamaged(qint64 abs) const
{
    for (const auto &r : m_damaged)
        if (abs >= r.first && abs < r.first + r.second)
            return true;
    return false;
}

void HexView::resizeEvent(QResizeEvent *e)
{
    QAbstractScrollArea::resizeEvent(e);
    const qint64 top = firstVisibleOffset();
    m_bytesPerLine = viewport()->width() >= m_charWidth * charsFor(16) ? 16 : 8;
    updateScrollBar();
    verticalScrollBar()->setValue(int((top - m_base) / m_bytesPerLine)); // keep the same bytes in view
}

QSize HexView::sizeHint() const
{
    return {m_charWidth * charsFor(16) + verticalScrollBar()->sizeHint().width() + 2 * frameWidth(), 8 * m_lineHeight};
}

void HexView::updateScrollBar()
{
    const qint64 lines = (m_bytes.size() + m_bytesPerLine - 1) / m_bytesPerLine;
    const int visible = qMax(1, viewport()->height() / m_lineHeight);
    verticalScrollBar()->setRange(0, int(qMax<qint64>(0, lines - visible)));
    verticalScrollBar()->setPageStep(visible);
}

void HexView::paintEvent(QPaintEvent *)
{
    QPainter p(viewport());
    const QPalette pal = palette();
    p.fillRect(viewport()->rect(), pal.base());
    p.setFont(font());
    const int firstLine = verticalScrollBar()->value();
    const int visible = viewport()->height() / m_lineHeight + 1;
    const int hexX = m_charWidth * 11;
    const int asciiX = hexX + m_charWidth * (m_bytesPerLine * 3 + 2);
    QColor hl = pal.highlight().color();
    hl.setAlpha(110);
    const QColor damaged(220, 60, 60, 120);
    for (int l = 0; l < visible; ++l) {
        const qint64 rel = qint64(firstLine + l) * m_bytesPerLine;
        if (rel >= m_bytes.size())
            break;
        const int y = l * m_lineHeight;
        const int baseline = y + QFontMetrics(font()).ascent();
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(2, baseline, QStringLiteral("%1").arg(m_base + rel, 8, 16, QLatin1Char('0')).toUpper());
        for (int i = 0; i < m_bytesPerLine && rel + i < m_bytes.size(); ++i) {
            const qint64 abs = m_base + rel + i;
            const uchar b = uchar(m_bytes[rel + i]);
            const QRect hexCell(hexX + i * 3 * m_charWidth - m_charWidth / 2, y, 3 * m_charWidth, m_lineHeight);
            const QRect asciiCell(asciiX + i * m_charWidth, y, m_charWidth, m_lineHeight);
            const bool bad = isDamaged(abs);
            if (bad) {
                p.fillRect(hexCell, damaged);
                p.fillRect(asciiCell, damaged);
            }
            if (m_hlLength > 0 && abs >= m_hlOffset && abs < m_hlOffset + m_hlLength) {
                p.fillRect(hexCell, hl);
                p.fillRect(asciiCell, hl);
            }
            p.setPen(pal.color(QPalette::Text));
            p.drawText(hexX + i * 3 * m_charWidth, baseline, QStringLiteral("%1").arg(b, 2, 16, QLatin1Char('0')).toUpper());
            const QChar c = (b >= 0x20 && b < 0x7f) ? QChar(b) : QLatin1Char('.');
            p.drawText(asciiX + i * m_charWidth, baseline, QString(c));
        }
    }
}

} // namespace seedscope::ui
