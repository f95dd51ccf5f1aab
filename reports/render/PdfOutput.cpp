#include "PdfOutput.h"

namespace rentflow::reports {

PdfOutput::PdfOutput(const PageSetup& setup, const QString& title)
    : m_buffer(&m_bytes), m_writer(&m_buffer)
{
    m_buffer.open(QIODevice::WriteOnly);
    m_writer.setResolution(kDotsPerInch);
    m_writer.setPageSize(setup.pageSize());
    m_writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    m_writer.setTitle(title);
    m_writer.setCreator(QStringLiteral("RentFlow"));
}

void PdfOutput::paint(const LaidOutDocument& document)
{
    const int count = int(document.pages.size());
    for (int page = 0; page < count; ++page) {
        if (m_pages == 0)
            m_painter.begin(&m_writer);
        else
            m_writer.newPage();
        ++m_pages;
        m_painter.save();
        if (document.frame)
            document.frame(m_painter, page + 1, count);
        for (const PaintOp& op : document.pages[std::size_t(page)])
            op(m_painter);
        m_painter.restore();
    }
}

QByteArray PdfOutput::finish()
{
    if (m_painter.isActive())
        m_painter.end();
    m_buffer.close();
    return m_bytes;
}

} // namespace rentflow::reports
