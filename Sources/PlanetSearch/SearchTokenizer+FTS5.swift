import CSQLite

extension SearchTokenizer {
    /// The tokenizer's name in FTS5's `tokenize` option: `tokenize = 'planet'`.
    static let fts5Name = "planet"

    /// Registers the tokenizer with FTS5 on `connection` (through `fts5_api`): the tables made with it share
    /// `languages`, which FTS5 keeps (retained) as long as the connection.
    static func register(on connection: SQLiteConnection, languages: SearchLanguages) throws {
        var statement: OpaquePointer?
        guard sqlite3_prepare_v2(connection.handle, "SELECT fts5(?1)", -1, &statement, nil) == SQLITE_OK, let statement else {
            throw connection.lastError
        }
        defer { sqlite3_finalize(statement) }
        var api: UnsafeMutablePointer<fts5_api>?
        let pointerType = UnsafeRawPointer(Self.apiPointerType.utf8Start).assumingMemoryBound(to: CChar.self)
        let status = withUnsafeMutablePointer(to: &api) { pointer in
            sqlite3_bind_pointer(statement, 1, pointer, pointerType, nil)
            return sqlite3_step(statement)
        }
        guard status == SQLITE_ROW, let api, let create = api.pointee.xCreateTokenizer else {
            throw SQLiteError(code: status, message: "FTS5 is not available in this SQLite")
        }
        var tokenizer = fts5_tokenizer(xCreate: createTokenizer, xDelete: deleteTokenizer, xTokenize: tokenize)
        let context = Unmanaged.passRetained(languages).toOpaque()
        guard create(api, fts5Name, context, &tokenizer, releaseLanguages) == SQLITE_OK else {
            Unmanaged<SearchLanguages>.fromOpaque(context).release()
            throw connection.lastError
        }
    }

    private static let apiPointerType: StaticString = "fts5_api_ptr"
}

/// FTS5's destructor of the registration's context: the languages it retained.
private func releaseLanguages(_ context: UnsafeMutableRawPointer?) {
    guard let context else { return }
    Unmanaged<SearchLanguages>.fromOpaque(context).release()
}

/// FTS5's `xCreate`: a tokenizer on the registration's languages (arguments are not read).
private func createTokenizer(
    _ context: UnsafeMutableRawPointer?, _: UnsafeMutablePointer<UnsafePointer<CChar>?>?, _: Int32,
    _ result: UnsafeMutablePointer<OpaquePointer?>?
) -> Int32 {
    guard let context else { return SQLITE_ERROR }
    let tokenizer = SearchTokenizer(languages: Unmanaged<SearchLanguages>.fromOpaque(context).takeUnretainedValue())
    result?.pointee = OpaquePointer(Unmanaged.passRetained(tokenizer).toOpaque())
    return SQLITE_OK
}

/// FTS5's `xDelete`.
private func deleteTokenizer(_ tokenizer: OpaquePointer?) {
    guard let tokenizer else { return }
    Unmanaged<SearchTokenizer>.fromOpaque(UnsafeRawPointer(tokenizer)).release()
}

/// FTS5's `xTokenize`: hands each term to `emit`, with the byte range of its word in `text`.
private func tokenize(
    _ tokenizer: OpaquePointer?, _ context: UnsafeMutableRawPointer?, _ flags: Int32, _ text: UnsafePointer<CChar>?, _ length: Int32,
    _ emit: (@convention(c) (UnsafeMutableRawPointer?, Int32, UnsafePointer<CChar>?, Int32, Int32, Int32) -> Int32)?
) -> Int32 {
    guard let tokenizer, let emit, let text, length > 0 else { return SQLITE_OK }
    let instance = Unmanaged<SearchTokenizer>.fromOpaque(UnsafeRawPointer(tokenizer)).takeUnretainedValue()
    let bytes = UnsafeBufferPointer(start: UnsafeRawPointer(text).assumingMemoryBound(to: UInt8.self), count: Int(length))
    let purpose: SearchTokenizer.Purpose = flags & FTS5_TOKENIZE_QUERY != 0 ? .query : flags & FTS5_TOKENIZE_AUX != 0 ? .places : .document
    var status = SQLITE_OK
    instance.tokens(bytes, purpose: purpose) { token in
        status = token.term.withUnsafeBufferPointer { term in
            term.withMemoryRebound(to: CChar.self) { term in
                emit(context, token.colocated ? FTS5_TOKEN_COLOCATED : 0, term.baseAddress ?? text, Int32(term.count), Int32(token.start), Int32(token.end))
            }
        }
        return status == SQLITE_OK
    }
    return status
}
