import Foundation

extension FeedEncoding {
    /// The text of a file whose encoding nothing declares (a Dotclear backup, often ISO-8859-1 or Windows-1252): UTF-8
    /// where its bytes are valid UTF-8, any other byte read as Windows-1252, as browsers read ISO-8859-1.
    public static func text(ofUndeclared data: Data) -> String {
        FeedTranscoder.repairedUTF8([UInt8](data.starts(with: [0xEF, 0xBB, 0xBF]) ? data.dropFirst(3) : data[...]))
    }
}
