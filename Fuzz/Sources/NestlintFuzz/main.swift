import CFuzzerDriver

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The target this process fuzzes, from `NESTLINT_FUZZ_TARGET` (`Fuzz/run` sets it). One binary
/// serves every target: it is built once, with the fuzzer and the address sanitizer.
let selectedTarget: HostileFuzzTarget = {
    let name = getenv("NESTLINT_FUZZ_TARGET").map { String(cString: $0) } ?? ""
    guard let target = HostileFuzzTarget(rawValue: name) else {
        let known = HostileFuzzTarget.allCases.map(\.rawValue).joined(separator: ", ")
        let message = Array("nestlint-fuzz: set NESTLINT_FUZZ_TARGET to one of: \(known)\n".utf8)
        _ = message.withUnsafeBytes { write(STDERR_FILENO, $0.baseAddress, $0.count) }
        exit(2)
    }
    return target
}()

/// One input, any bytes. A crash, a sanitizer report or a timeout is a failure; returning is
/// success. Exported under libFuzzer's name too, which its runtime references.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    _ = selectedTarget.run(bytes)
    return 0
}

// Resolve the target (and load the rule catalog) before libFuzzer starts timing inputs.
_ = selectedTarget
_ = HostileFuzzTarget.catalog
var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argc, &argv, fuzzOneInput))
