#define _GNU_SOURCE
#include "planet_system.h"
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <spawn.h>
#include <stdio.h>
#include <time.h>
#include <unistd.h>
#if defined(__linux__)
#include <sys/syscall.h>
#include <linux/fs.h>
#include <poll.h>
#include <string.h>
#include <sys/inotify.h>
#endif

int planet_exchange_paths(const char *first, const char *second) {
#if defined(__linux__) && defined(SYS_renameat2)
    return (int)syscall(SYS_renameat2, AT_FDCWD, first, AT_FDCWD, second, RENAME_EXCHANGE);
#else
    (void)first; (void)second;
    errno = ENOSYS;
    return -1;
#endif
}

int planet_spawn_in_own_group(pid_t *pid, const char *file, char *const argv[], char *const envp[], int in_fd, int out_fd, int err_fd) {
    posix_spawn_file_actions_t actions;
    posix_spawnattr_t attributes;
    sigset_t every, none;
    int result = posix_spawn_file_actions_init(&actions);
    if (result != 0) return result;
    result = posix_spawnattr_init(&attributes);
    if (result != 0) {
        posix_spawn_file_actions_destroy(&actions);
        return result;
    }
    sigfillset(&every);
    sigemptyset(&none);
    result = in_fd < 0 ? posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
                       : posix_spawn_file_actions_adddup2(&actions, in_fd, 0);
    if (result == 0) result = posix_spawn_file_actions_adddup2(&actions, out_fd, 1);
    if (result == 0) result = posix_spawn_file_actions_adddup2(&actions, err_fd, 2);
#if defined(__GLIBC__) && (__GLIBC__ > 2 || (__GLIBC__ == 2 && __GLIBC_MINOR__ >= 34))
    if (result == 0) result = posix_spawn_file_actions_addclosefrom_np(&actions, 3);
#endif
    if (result == 0) result = posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK);
    if (result == 0) result = posix_spawnattr_setpgroup(&attributes, 0);
    if (result == 0) result = posix_spawnattr_setsigdefault(&attributes, &every);
    if (result == 0) result = posix_spawnattr_setsigmask(&attributes, &none);
    if (result == 0) result = posix_spawnp(pid, file, &actions, &attributes, argv, envp);
    posix_spawnattr_destroy(&attributes);
    posix_spawn_file_actions_destroy(&actions);
    return result;
}

ssize_t planet_write_without_sigpipe(int fd, const void *bytes, size_t count) {
    // SIGPIPE from a write is sent to the writing thread: blocked here, then taken back if this write raised it.
    sigset_t pipe_signal, previous, pending;
    sigemptyset(&pipe_signal);
    sigaddset(&pipe_signal, SIGPIPE);
    sigpending(&pending);
    int already_pending = sigismember(&pending, SIGPIPE);
    pthread_sigmask(SIG_BLOCK, &pipe_signal, &previous);
    ssize_t written = write(fd, bytes, count);
    int error = errno;
    if (written < 0 && error == EPIPE && !already_pending) {
        struct timespec now = {0, 0};
        while (sigtimedwait(&pipe_signal, NULL, &now) < 0 && errno == EINTR) {}
    }
    pthread_sigmask(SIG_SETMASK, &previous, NULL);
    errno = error;
    return written;
}

#if defined(__linux__)
int planet_watch_open(void) {
    return inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
}

int planet_watch_add(int fd, const char *folder) {
    return inotify_add_watch(fd, folder, IN_CLOSE_WRITE | IN_MODIFY | IN_ATTRIB | IN_CREATE | IN_DELETE | IN_MOVED_FROM
        | IN_MOVED_TO | IN_DELETE_SELF | IN_MOVE_SELF | IN_ONLYDIR | IN_DONT_FOLLOW);
}

ssize_t planet_watch_read(int fd, int timeout_ms, void *buffer, size_t size) {
    struct pollfd waiting = { .fd = fd, .events = POLLIN, .revents = 0 };
    int ready = poll(&waiting, 1, timeout_ms);
    if (ready <= 0) return ready;
    ssize_t count = read(fd, buffer, size);
    if (count < 0 && (errno == EAGAIN || errno == EINTR)) return 0;
    return count;
}

size_t planet_watch_event(const void *buffer, size_t size, size_t offset, int *wd, unsigned *kind, const char **name) {
    if (offset + sizeof(struct inotify_event) > size) return 0;
    struct inotify_event event;
    memcpy(&event, (const char *)buffer + offset, sizeof event);
    size_t next = offset + sizeof(struct inotify_event) + event.len;
    if (next > size) return 0;
    *wd = event.wd;
    *name = event.len > 0 ? (const char *)buffer + offset + sizeof(struct inotify_event) : "";
    unsigned bits = 0;
    if (event.mask & (IN_CLOSE_WRITE | IN_MODIFY | IN_ATTRIB | IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO)) bits |= PLANET_WATCH_CHANGED;
    if (event.mask & (IN_MOVED_FROM | IN_MOVED_TO)) bits |= PLANET_WATCH_MOVED;
    if (event.mask & IN_ISDIR) bits |= PLANET_WATCH_FOLDER;
    if (event.mask & (IN_DELETE_SELF | IN_MOVE_SELF | IN_IGNORED | IN_UNMOUNT)) bits |= PLANET_WATCH_GONE;
    if (event.mask & IN_Q_OVERFLOW) bits |= PLANET_WATCH_OVERFLOW;
    *kind = bits;
    return next;
}
#else
int planet_watch_open(void) {
    errno = ENOSYS;
    return -1;
}

int planet_watch_add(int fd, const char *folder) {
    (void)fd; (void)folder;
    errno = ENOSYS;
    return -1;
}

ssize_t planet_watch_read(int fd, int timeout_ms, void *buffer, size_t size) {
    (void)fd; (void)timeout_ms; (void)buffer; (void)size;
    errno = ENOSYS;
    return -1;
}

size_t planet_watch_event(const void *buffer, size_t size, size_t offset, int *wd, unsigned *kind, const char **name) {
    (void)buffer; (void)size; (void)offset; (void)wd; (void)kind; (void)name;
    return 0;
}
#endif
