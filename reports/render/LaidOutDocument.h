#pragma once

#include <QList>
#include <QPainter>

#include <functional>
#include <vector>

namespace rentflow::reports {

// One drawing on a page, in layout units (render/PageSetup.h).
using PaintOp = std::function<void(QPainter&)>;

// A document after layout: what each page draws, and the frame every page gets
// (header, footer with "Page x of y"), drawn once the number of pages is known.
struct LaidOutDocument
{
    std::vector<std::vector<PaintOp>> pages;
    std::function<void(QPainter&, int page, int pageCount)> frame;
};

} // namespace rentflow::reports
