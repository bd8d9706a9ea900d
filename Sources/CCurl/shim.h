#include <curl/curl.h>

// curl_easy_setopt and curl_easy_getinfo are variadic, which Swift cannot call: one typed function per kind of value.

/// A read callback: fills `buffer` with at most `size * count` bytes; returns how many (0 at the end).
typedef size_t (*planet_curl_read_callback)(char *buffer, size_t size, size_t count, void *context);

static inline CURLcode planet_curl_setopt_string(CURL *handle, CURLoption option, const char *value) {
    return curl_easy_setopt(handle, option, value);
}

static inline CURLcode planet_curl_setopt_long(CURL *handle, CURLoption option, long value) {
    return curl_easy_setopt(handle, option, value);
}

static inline CURLcode planet_curl_setopt_pointer(CURL *handle, CURLoption option, void *value) {
    return curl_easy_setopt(handle, option, value);
}

static inline CURLcode planet_curl_setopt_slist(CURL *handle, CURLoption option, struct curl_slist *value) {
    return curl_easy_setopt(handle, option, value);
}

static inline CURLcode planet_curl_setopt_read_callback(CURL *handle, planet_curl_read_callback callback) {
    return curl_easy_setopt(handle, CURLOPT_READFUNCTION, callback);
}

/// The last response's code (an SMTP reply code such as 535), or 0.
static inline long planet_curl_response_code(CURL *handle) {
    long code = 0;
    if (curl_easy_getinfo(handle, CURLINFO_RESPONSE_CODE, &code) != CURLE_OK) return 0;
    return code;
}

/// curl_global_init(CURL_GLOBAL_DEFAULT): once, before any other call (it is not thread-safe).
static inline CURLcode planet_curl_global_init(void) {
    return curl_global_init(CURL_GLOBAL_DEFAULT);
}
