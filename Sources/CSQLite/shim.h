#include <sqlite3.h>

/// SQLITE_TRANSIENT, a macro Swift cannot import: SQLite copies the bound text or blob before the call returns.
static inline sqlite3_destructor_type planet_sqlite_transient(void) {
    return SQLITE_TRANSIENT;
}
