import Foundation

/// Runs programs for tests: the built `planet` binary, `jing`, `diff`.
struct ProcessOutput {
    var status: Int32
    var stdout: String
    var stderr: String
}

enum Run {
    /// The folder of the built products (`.build/debug`), where the `planet` binary is.
    static var productsFolder: URL {
        var url = Bundle.main.bundleURL
        while url.pathExtension == "xctest" || url.lastPathComponent == "Contents" || url.lastPathComponent == "MacOS" {
            url.deleteLastPathComponent()
        }
        return url
    }

    static var planet: String { productsFolder.appendingPathComponent("planet").path }

    static func program(_ path: String, _ arguments: [String], environment: [String: String]? = nil,
                        in folder: URL? = nil, input: String? = nil) throws -> ProcessOutput {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        if let environment { process.environment = environment }
        if let folder { process.currentDirectoryURL = folder }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        let stdin = Pipe()
        process.standardInput = stdin
        try process.run()
        if let input { stdin.fileHandleForWriting.write(Data(input.utf8)) }
        try stdin.fileHandleForWriting.close()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let stderr = String(decoding: errData, as: UTF8.self)
        return ProcessOutput(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                             stderr: path == planet ? withoutProgress(stderr) : stderr)
    }

    /// Standard error without the progress lines that `planet` prints when a step outlasts a second (`building…
    /// (1.2 s)`): how long a step takes depends on the machine's load, so a test never sees them.
    static func withoutProgress(_ stderr: String) -> String {
        stderr.replacing(/(?m)^[a-z]+… \(\d+\.\d s\)\n/, with: "")
    }

    static func planet(_ arguments: [String], environment: [String: String]? = nil, input: String? = nil) throws -> ProcessOutput {
        try program(planet, arguments, environment: environment, input: input)
    }

    /// `/usr/bin/env NAME ...`: a program found on PATH.
    static func tool(_ name: String, _ arguments: [String]) throws -> ProcessOutput {
        try program("/usr/bin/env", [name] + arguments)
    }

    static func temporaryFolder(_ name: String = "planet-test") throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("\(name)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Writes a text bundle's files under `folder`.
    static func write(_ files: [String: Data], to folder: URL) throws {
        for (path, data) in files {
            let url = folder.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try data.write(to: url)
        }
    }

    /// Every regular file under `folder`: relative path → bytes.
    static func tree(_ folder: URL) throws -> [String: Data] {
        var result: [String: Data] = [:]
        let base = folder.standardizedFileURL.path
        guard let enumerator = FileManager.default.enumerator(atPath: base) else { return [:] }
        while let relative = enumerator.nextObject() as? String {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: base + "/" + relative, isDirectory: &isDirectory),
                  !isDirectory.boolValue else { continue }
            result[relative] = try Data(contentsOf: URL(fileURLWithPath: base + "/" + relative))
        }
        return result
    }
}
