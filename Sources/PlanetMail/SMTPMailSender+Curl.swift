internal import CCurl
import Foundation

extension SMTPMailSender {
    /// curl_global_init, once, before the first transfer.
    private static let curlReady: Bool = planet_curl_global_init() == CURLE_OK

    /// Sends `bytes` (a rendered message) with MAIL FROM `sender` and RCPT TO `recipient`. Blocks the calling thread.
    func deliver(_ bytes: [UInt8], from sender: String, to recipient: String) throws(MailFailure) {
        guard Self.curlReady, let handle = curl_easy_init() else { throw .notSent("libcurl could not start") }
        defer { curl_easy_cleanup(handle) }
        let recipients = curl_slist_append(nil, "<\(recipient)>")
        defer { curl_slist_free_all(recipients) }
        let source = UploadSource(bytes)
        var errorText = [CChar](repeating: 0, count: Int(CURL_ERROR_SIZE) + 1)
        let code = errorText.withUnsafeMutableBufferPointer { errorBuffer in
            var options = [
                planet_curl_setopt_string(handle, CURLOPT_URL, url),
                planet_curl_setopt_string(handle, CURLOPT_PROTOCOLS_STR, "smtp,smtps"),
                planet_curl_setopt_long(handle, CURLOPT_USE_SSL, Int(allowsPlaintext ? CURLUSESSL_TRY.rawValue : CURLUSESSL_ALL.rawValue)),
                planet_curl_setopt_string(handle, CURLOPT_MAIL_FROM, "<\(sender)>"),
                planet_curl_setopt_slist(handle, CURLOPT_MAIL_RCPT, recipients),
                planet_curl_setopt_long(handle, CURLOPT_UPLOAD, 1),
                planet_curl_setopt_read_callback(handle) { buffer, size, count, context in
                    guard let buffer, let context else { return 0 }
                    return Unmanaged<UploadSource>.fromOpaque(context).takeUnretainedValue().read(into: buffer, capacity: size * count)
                },
                planet_curl_setopt_pointer(handle, CURLOPT_READDATA, Unmanaged.passUnretained(source).toOpaque()),
                planet_curl_setopt_pointer(handle, CURLOPT_ERRORBUFFER, errorBuffer.baseAddress),
                planet_curl_setopt_long(handle, CURLOPT_NOSIGNAL, 1),
                planet_curl_setopt_long(handle, CURLOPT_TIMEOUT_MS, Int(timeout * 1000)),
                planet_curl_setopt_long(handle, CURLOPT_CONNECTTIMEOUT_MS, Int(timeout * 1000)),
            ]
            if let user, let password {
                options += [planet_curl_setopt_string(handle, CURLOPT_USERNAME, user), planet_curl_setopt_string(handle, CURLOPT_PASSWORD, password)]
            }
            if let caFile { options.append(planet_curl_setopt_string(handle, CURLOPT_CAINFO, caFile)) }
            if let refused = options.first(where: { $0 != CURLE_OK }) { return refused }
            return withExtendedLifetime(source) { curl_easy_perform(handle) }
        }
        guard code == CURLE_OK else {
            let detail = errorText[0] == 0 ? String(cString: curl_easy_strerror(code)) : String(decoding: errorText.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
            let reply = planet_curl_response_code(handle)
            throw .notSent(redacted(detail + (reply > 0 ? " (server reply \(reply))" : "")))
        }
    }

    /// `text` without the password, should a library or a server ever echo it.
    private func redacted(_ text: String) -> String {
        guard let password, !password.isEmpty else { return text }
        return text.replacingOccurrences(of: password, with: "[password]")
    }
}
