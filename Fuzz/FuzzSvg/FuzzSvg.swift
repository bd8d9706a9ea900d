import Foundation
import FuzzSupport

#if FUZZING
/// libFuzzer's entry point for one input.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzOneInput(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> Int32 {
    FuzzSvgProperty.check(bytes.map { Data(bytes: $0, count: count) } ?? Data())
    return 0
}

@_cdecl("FuzzSvg_main")
func fuzzMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> Int32 {
    FuzzInput.runLibFuzzer(argc: argc, argv: argv, fuzzOneInput)
}
#else
/// Replays the corpus (or any files given) through the property, outside libFuzzer.
@main struct FuzzSvg {
    static func main() {
        exit(FuzzInput.replay(Array(CommandLine.arguments.dropFirst()), check: FuzzSvgProperty.check))
    }
}
#endif
