#include "common/uilogging.h"

Q_LOGGING_CATEGORY(lcUi, "dz.ui", QtInfoMsg)
