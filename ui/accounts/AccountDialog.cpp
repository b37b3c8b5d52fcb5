#include "AccountDialog.h"
