#include "uilogging.h"

Q_LOGGING_CATEGORY(lcUi, "dz.ui", QtInfoMsg)
