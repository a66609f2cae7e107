import Foundation

#if canImport(Glibc)
    @preconcurrency import Glibc
#endif

/// Every catchable signal whose default would end the process without a fault (SIGTERM, SIGHUP,
/// SIGQUIT, SIGUSR1, SIGUSR2, SIGALRM, SIGVTALRM, SIGPROF, SIGXCPU, SIGPWR, and SIGINT when no person
/// is typing; SIGPIPE belongs to the console's writer) is handled the same way: the handler only records
/// the signal; the line reader that waits for input wakes up (no SA_RESTART), gives the terminal back
/// in its normal state and reports `.stopped`, and the session says where its answers are saved and
/// exits with 128 + the signal's number. Answers are journalled as they are given, so nothing is lost.
public enum StopSignals {
    /// The signals handled; SIGINT only when `includeInterrupt` (readline handles Ctrl-C itself).
    public static func signals(includeInterrupt: Bool) -> [Int32] {
        [SIGTERM, SIGHUP, SIGQUIT, SIGUSR1, SIGUSR2, SIGALRM, SIGVTALRM, SIGPROF, SIGXCPU, SIGPWR]
            + (includeInterrupt ? [SIGINT] : [])
    }

    /// The signal received, or 0.
    nonisolated(unsafe) private static var received: sig_atomic_t = 0

    /// The first stop signal received so far, if any.
    public static var pending: Int32? { received == 0 ? nil : Int32(received) }

    /// Installs the handlers; `includeInterrupt` for piped sessions, where Ctrl-C cannot clear a line.
    public static func install(includeInterrupt: Bool) {
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { signal in
            if StopSignals.received == 0 { StopSignals.received = sig_atomic_t(signal) }
        }
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0  // no SA_RESTART: a blocked read or poll must return EINTR
        var mask = sigset_t()
        sigemptyset(&mask)
        for signal in signals(includeInterrupt: includeInterrupt) {
            sigaction(signal, &action, nil)
            sigaddset(&mask, signal)
        }
        // A parent may have started us with these blocked (the mask survives exec); unblock them.
        pthread_sigmask(SIG_UNBLOCK, &mask, nil)
    }

    /// The exit status for a session stopped by `signal`: 128 + its number.
    public static func exitStatus(_ signal: Int32) -> Int32 { 128 + signal }
}
