#include "planet_system.h"

#ifndef PLANET_COMMIT
#define PLANET_COMMIT ""
#endif

const char *planet_commit(void) {
    return PLANET_COMMIT;
}
