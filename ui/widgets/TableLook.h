// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QAbstractItemView;
class QTableView;

namespace tuma {

// How Tuma's tables show their text: every column as wide as its content, up to `maxChars`
// average characters; `stretchColumn` (else the last) takes the width left over; a cell whose
// text is cut short shows it whole in a tooltip.
void fitColumns(QTableView* view, int stretchColumn = -1, int maxChars = 40);

// Only the tooltip for text cut short, for views whose columns are sized otherwise.
void showElidedTextInToolTips(QAbstractItemView* view);

} // namespace tuma
