#ifndef PLANET_SYSTEM_H
#define PLANET_SYSTEM_H

#include <sys/types.h>

/// Atomically exchanges two paths (Linux `renameat2` with `RENAME_EXCHANGE`).
/// Returns 0 on success, -1 with errno set otherwise (ENOSYS or EINVAL where unsupported).
int planet_exchange_paths(const char *first, const char *second);

/// Starts `file` (looked up on PATH like `execvp`) with `argv` and `envp`, in a process group of its own (its id is
/// the child's), so that it can be killed with every process it starts. Standard input is `in_fd` (/dev/null when
/// it is negative), standard output and error go to `out_fd` and `err_fd`, no other descriptor is inherited,
/// signals have their default dispositions and none is blocked. Returns 0 and sets `*pid`, or an errno value.
int planet_spawn_in_own_group(pid_t *pid, const char *file, char *const argv[], char *const envp[], int in_fd, int out_fd, int err_fd);

/// `write(2)` that never raises SIGPIPE: a pipe whose reader is gone fails with EPIPE instead of ending the process.
ssize_t planet_write_without_sigpipe(int fd, const void *bytes, size_t count);

/// The commit this build of planet was made from (the PLANET_COMMIT define, which `scripts/release` sets through
/// Package.swift), or "" for a build that did not name it. A string constant: never freed.
const char *planet_commit(void);

/// Linux inotify, for `planet serve`'s watcher. `planet_watch_open` makes a non-blocking, close-on-exec instance (-1 with
/// errno where inotify is missing); `planet_watch_add` watches one folder for what editors do to its entries (write,
/// create, delete, rename, attributes) and for its own removal or move, and returns the watch descriptor or -1.
int planet_watch_open(void);
int planet_watch_add(int fd, const char *folder);
/// Waits up to `timeout_ms` for events, then reads what is pending into `buffer`: the byte count, 0 when none came,
/// -1 with errno on failure. Read the events of those bytes with `planet_watch_event`.
ssize_t planet_watch_read(int fd, int timeout_ms, void *buffer, size_t size);
/// The event at `offset` of `size` read bytes: sets its watch descriptor, kind (`PLANET_WATCH_*` bits) and name (the
/// entry's, "" for the folder itself; a pointer into `buffer`), and returns the next event's offset, or 0 at the end.
size_t planet_watch_event(const void *buffer, size_t size, size_t offset, int *wd, unsigned *kind, const char **name);

/// Kinds of `planet_watch_event`, as bits.
enum {
    PLANET_WATCH_CHANGED = 1,       /* an entry was written, created, deleted, renamed or had its attributes changed */
    PLANET_WATCH_FOLDER = 2,        /* that entry is a folder */
    PLANET_WATCH_GONE = 4,          /* the watched folder itself was deleted, moved, or its watch dropped */
    PLANET_WATCH_OVERFLOW = 8,      /* the kernel's queue overflowed: events were lost */
    PLANET_WATCH_MOVED = 16,        /* the entry was renamed (in or out) */
};

#endif
