#include "TopUpDialog.h"
