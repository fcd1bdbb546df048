// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A read-only hex view over evidence bytes at their real offsets: offset column, 16 bytes
// of hex (8 when narrow), ASCII. One range is highlighted (the selected record or field) and any number
// of ranges are marked as damaged. It paints only the visible lines, so a multi-megabyte
// image costs nothing until scrolled to.

#include <QAbstractScrollArea>
#include <QByteArray>
#include <QList>

namespace seedscope::ui {

class HexView : public QAbstractScrollArea {
    Q_OBJECT
public:
    explicit HexView(QWidget *parent = nullptr);

    // The bytes shown and the absolute evidence offset of their first byte.
    void setData(QByteArrayView bytes, qint64 baseOffset = 0);
    // Highlights [offset, offset+length) (absolute) and scrolls it into view.
    void setHighlight(qint64 offset, qint64 length);
    void setDamaged(const QList<QPair<qint64, qint64>> &ranges); // (offset, length), absolute

    qint64 highlightOffset() const { return m_hlOffset; }
    qint64 highlightLength() const { return m_hlLength; }
    qint64 firstVisibleOffset() const;
    qint64 baseOffset() const { return m_base; }
    qint64 size() const { return m_bytes.size(); }
    int bytesPerLine() const { return m_bytesPerLine; }
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *) override;
    void resizeEvent(QResizeEvent *) override;

private:
    void updateScrollBar();
    bool isDamaged(qint64 abs) const;

    QByteArrayView m_bytes; // the evidence stays mapped by its owner for the view's lifetime
    qint64 m_base = 0;
    qint64 m_hlOffset = -1;
    qint64 m_hlLength = 0;
    QList<QPair<qint64, qint64>> m_damaged;
    int m_lineHeight = 16;
    int m_charWidth = 8;
    int m_bytesPerLine = 16;
};

} // namespace seedscope::ui
