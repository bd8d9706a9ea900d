/// Makes a feed's references well-formed before libxml2 reads it, as feeds are written rather than as XML allows:
/// an HTML5 named reference XML does not know (`&eacute;`, `&hellip;`) becomes numeric (`&#233;`), and an `&` that
/// starts no reference (`?a=1&b=2`, `&unknown;`) becomes `&amp;`, `&#X41;` is spelt as XML wants (`&#x41;`), and a
/// numeric reference to a C1 control (`&#146;`) is read as Windows-1252 (`&#8217;`), as HTML5 reads it. The five XML names, numeric references and
/// entities the document's own DTD declares are kept; comments, CDATA sections and processing instructions are
/// copied as they are. Works on UTF-8 bytes.
enum XMLEntityRepair {
    private static let xmlNames: Set<String> = ["amp", "lt", "gt", "quot", "apos"]

    static func repaired(_ bytes: [UInt8]) -> [UInt8] {
        guard bytes.contains(UInt8(ascii: "&")) else { return bytes }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + bytes.count / 16)
        var declared: Set<String> = []
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "<") {
                let end = endOfMarkupDeclaration(bytes, at: index, declared: &declared)
                if end > index {
                    output += bytes[index..<end]
                    index = end
                    continue
                }
            } else if byte == UInt8(ascii: "&") {
                let (replacement, length) = reference(bytes, at: index, declared: declared)
                output += replacement
                index += length
                continue
            }
            output.append(byte)
            index += 1
        }
        return output
    }

    /// The end of a comment, CDATA section, processing instruction or DOCTYPE starting at `start`, else `start`.
    /// Names of entities a DOCTYPE declares are added to `declared`.
    private static func endOfMarkupDeclaration(_ bytes: [UInt8], at start: Int, declared: inout Set<String>) -> Int {
        func starts(_ text: String) -> Bool {
            let pattern = Array(text.utf8)
            return start + pattern.count <= bytes.count && bytes[start..<start + pattern.count].elementsEqual(pattern)
        }
        func after(_ terminator: String, from: Int) -> Int {
            let pattern = Array(terminator.utf8)
            var position = from
            while position + pattern.count <= bytes.count {
                if bytes[position..<position + pattern.count].elementsEqual(pattern) { return position + pattern.count }
                position += 1
            }
            return bytes.count
        }
        if starts("<!--") { return after("-->", from: start + 4) }
        if starts("<![CDATA[") { return after("]]>", from: start + 9) }
        if starts("<?") { return after("?>", from: start + 2) }
        guard starts("<!DOCTYPE") else { return start }
        var position = start + 9
        var inSubset = false
        var quote: UInt8?
        while position < bytes.count {
            let byte = bytes[position]
            if let open = quote {
                if byte == open { quote = nil }
            } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                quote = byte
            } else if byte == UInt8(ascii: "[") {
                inSubset = true
            } else if byte == UInt8(ascii: "]") {
                inSubset = false
            } else if byte == UInt8(ascii: ">"), !inSubset {
                break
            } else if inSubset, byte == UInt8(ascii: "<"), let name = entityDeclaration(bytes, at: position) {
                declared.insert(name)
            }
            position += 1
        }
        return min(position + 1, bytes.count)
    }

    /// The name an `<!ENTITY name` (not a parameter entity) at `start` declares.
    private static func entityDeclaration(_ bytes: [UInt8], at start: Int) -> String? {
        let keyword = Array("<!ENTITY".utf8)
        guard start + keyword.count < bytes.count, bytes[start..<start + keyword.count].elementsEqual(keyword) else { return nil }
        var position = start + keyword.count
        while position < bytes.count, isSpace(bytes[position]) { position += 1 }
        let nameStart = position
        while position < bytes.count, !isSpace(bytes[position]), bytes[position] != UInt8(ascii: ">") { position += 1 }
        let name = String(decoding: bytes[nameStart..<position], as: UTF8.self)
        return name.isEmpty || name == "%" ? nil : name
    }

    /// What to write for the `&` at `start`, and how many bytes of the input that covers.
    private static func reference(_ bytes: [UInt8], at start: Int, declared: Set<String>) -> ([UInt8], Int) {
        let escaped = Array("&amp;".utf8)
        var position = start + 1
        if position < bytes.count, bytes[position] == UInt8(ascii: "#") {
            position += 1
            let hex = position < bytes.count && (bytes[position] | 0x20) == UInt8(ascii: "x")
            if hex { position += 1 }
            let digitsStart = position
            while position < bytes.count, isDigit(bytes[position], hex: hex) { position += 1 }
            guard position > digitsStart, position < bytes.count, bytes[position] == UInt8(ascii: ";") else { return (escaped, 1) }
            let digits = Array(bytes[digitsStart..<position])
            if let value = UInt32(String(decoding: digits, as: UTF8.self), radix: hex ? 16 : 10), (0x80...0x9F).contains(value) {
                return (Array("&#\(HTMLEntities.windows1252(value));".utf8), position - start + 1)
            }
            return (Array((hex ? "&#x" : "&#").utf8) + digits + [UInt8(ascii: ";")], position - start + 1)
        }
        while position < bytes.count, isNameByte(bytes[position]) { position += 1 }
        guard position > start + 1, position < bytes.count, bytes[position] == UInt8(ascii: ";") else { return (escaped, 1) }
        let name = String(decoding: bytes[start + 1..<position], as: UTF8.self)
        if xmlNames.contains(name) || declared.contains(name) { return (Array(bytes[start...position]), position - start + 1) }
        guard let numeric = HTMLEntities.numeric(named: name) else { return (escaped, 1) }
        return (Array(numeric.utf8), position - start + 1)
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    private static func isDigit(_ byte: UInt8, hex: Bool) -> Bool {
        (48...57).contains(byte) || (hex && (97...102).contains(byte | 0x20))
    }

    /// ASCII letters, digits, `_`, `-`, `.`, `:` and any byte of a multi-byte UTF-8 character.
    private static func isNameByte(_ byte: UInt8) -> Bool {
        (48...57).contains(byte) || (97...122).contains(byte | 0x20) || byte >= 0x80
            || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: ":")
    }
}
