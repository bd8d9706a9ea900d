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

#endif
