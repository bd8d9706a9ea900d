import Foundation

/// What every fuzz target shares: the libFuzzer entry point, and a replayer of corpus files for plain builds.
public enum FuzzInput {
    /// Runs `check` on each file named in `arguments` (files, or folders of files); returns the exit status.
    public static func replay(_ arguments: [String], check: (Data) -> Void) -> Int32 {
        var count = 0
        for argument in arguments {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: argument, isDirectory: &isDirectory) else {
                FileHandle.standardError.write(Data("no such file: \(argument)\n".utf8))
                return 2
            }
            let files = isDirectory.boolValue
                ? ((try? FileManager.default.contentsOfDirectory(atPath: argument)) ?? []).sorted().map { argument + "/" + $0 }
                : [argument]
            for file in files {
                guard let data = FileManager.default.contents(atPath: file) else { continue }
                check(data)
                count += 1
            }
        }
        print("replayed \(count) inputs")
        return 0
    }

    /// A fuzz input as text, as planet would get it from a file: invalid UTF-8 repaired.
    public static func text(_ data: Data) -> String {
        String(decoding: data, as: UTF8.self)
    }

    /// Stops the process loudly: libFuzzer records the input as a crash.
    public static func fail(_ message: String) -> Never {
        FileHandle.standardError.write(Data("property violated: \(message)\n".utf8))
        abort()
    }
}

#if FUZZING
@_silgen_name("LLVMFuzzerRunDriver")
private func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<Int32>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32
) -> Int32

extension FuzzInput {
    /// Hands the process to libFuzzer, which calls `callback` with each input.
    public static func runLibFuzzer(
        argc: Int32, argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>,
        _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32
    ) -> Int32 {
        var count = argc
        var vector: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = argv
        return LLVMFuzzerRunDriver(&count, &vector, callback)
    }
}
#endif
