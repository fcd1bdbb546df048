// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Light or dark palette for the whole application (View > Dark mode), remembered in
// QSettings. Views and charts take their colours from the palette, never hard-code them.

namespace seedscope::ui {

void applyTheme(bool dark);
bool savedThemeIsDark();
void saveTheme(bool dark);

} // namespace seedscope::ui
