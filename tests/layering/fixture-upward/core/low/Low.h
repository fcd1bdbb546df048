// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A lower area reaching up: what the check must refuse.
#include "high/High.h"
