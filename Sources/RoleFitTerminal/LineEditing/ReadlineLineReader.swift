@preconcurrency import CReadline
import Foundation

#if canImport(Glibc)
    @preconcurrency import Glibc
#endif

/// A line reader over GNU readline: editing keys, history, Tab completion and `~/.inputrc`.
///
/// It uses readline's callback interface so that Ctrl-C can abandon the line cleanly: SIGINT
/// interrupts the wait for input, the partial line is discarded and `.interrupted` is returned.
/// Prompts and editing go to stderr, so stdout carries only results.
public final class ReadlineLineReader: LineReader {
    /// Where history is kept between sessions, or nil for none.
    private let historyFile: String?
    private var closed = false

    /// Set from the SIGINT handler; read and cleared by the reading loop.
    nonisolated(unsafe) private static var interruptFlag: sig_atomic_t = 0
    /// The line delivered by readline's callback for the current read.
    nonisolated(unsafe) private static var deliveredLine: String?
    /// Whether readline's callback ran (a line or end of input) for the current read.
    nonisolated(unsafe) private static var lineDelivered = false
    /// Whether the delivered value was end of input.
    nonisolated(unsafe) private static var deliveredEOF = false
    /// The words Tab completes.
    nonisolated(unsafe) private static var completionWords: [String] = []

    /// Creates a reader; `historyFile` is loaded now and written by `close()`.
    public init(historyFile: String?, applicationName: String = "rolefit") {
        self.historyFile = historyFile
        rl_readline_name = UnsafePointer(strdup(applicationName))
        rl_outstream = stderr
        rl_catch_signals = 0
        rl_attempted_completion_function = { text, _, _ in
            rl_attempted_completion_over = 1
            let prefix = text.map { String(cString: $0) } ?? ""
            let matches = ReadlineLineReader.completionWords.filter { $0.hasPrefix(prefix) }
            guard !matches.isEmpty else { return nil }
            // readline wants [common prefix, match1, match2, …, NULL], all malloc'ed.
            let common = ReadlineLineReader.commonPrefix(matches)
            let array = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>.allocate(capacity: matches.count + 2)
            array[0] = strdup(common)
            for (index, match) in matches.enumerated() { array[index + 1] = strdup(match) }
            array[matches.count + 1] = nil
            return array
        }
        using_history()
        if let historyFile {
            read_history(historyFile)
        }
        installInterruptHandler()
    }

    deinit { close() }

    /// Sets the Tab-completion words for the next read.
    public func setCompletions(_ words: [String]) {
        Self.completionWords = words
    }

    /// Reads one line with editing; returns `.interrupted` on Ctrl-C and `.endOfInput` on Ctrl-D.
    public func readLine(prompt: String) -> LineInput {
        read(prompt: prompt, remember: true, countdown: nil)
    }

    /// Reads one line whose prompt counts down; warnings appear above it and at zero the read ends
    /// with `.timedOut` and the partial line, without a key being pressed.
    public func readLine(countdown: Countdown) -> LineInput {
        read(prompt: countdown.prompt, remember: true, countdown: countdown)
    }

    /// Reads one line with editing that does not enter the history (the name prompt).
    public func readLineOutsideHistory(prompt: String) -> LineInput {
        read(prompt: prompt, remember: false, countdown: nil)
    }

    private func read(prompt: String, remember: Bool, countdown: Countdown?) -> LineInput {
        if let signal = StopSignals.pending { return .stopped(signal: signal) }
        Self.interruptFlag = 0
        Self.lineDelivered = false
        Self.deliveredEOF = false
        Self.deliveredLine = nil
        rl_callback_handler_install(
            prompt,
            { line in
                if let line {
                    ReadlineLineReader.deliveredLine = String(cString: line)
                    free(line)
                } else {
                    ReadlineLineReader.deliveredEOF = true
                }
                ReadlineLineReader.lineDelivered = true
                rl_callback_handler_remove()
            })
        let input = fileno(rl_instream ?? stdin)
        while !Self.lineDelivered {
            // A SIGINT that lands while readline is handling a key does not interrupt poll, so the flag
            // is checked before every wait and the wait is bounded.
            if Self.interruptFlag != 0 {
                abandonLine()
                return .interrupted
            }
            if let signal = StopSignals.pending {
                abandonLine()
                return .stopped(signal: signal)
            }
            if let countdown, let partial = follow(countdown) {
                abandonLine()
                return .timedOut(partial: partial)
            }
            var descriptor = pollfd(fd: input, events: Int16(POLLIN), revents: 0)
            let ready = poll(&descriptor, 1, 100)
            if Self.interruptFlag != 0 {
                abandonLine()
                return .interrupted
            }
            if ready == 0 { continue }
            if ready < 0 {
                if errno == EINTR { continue }
                rl_callback_handler_remove()
                return .endOfInput
            }
            if descriptor.revents & Int16(POLLIN | POLLHUP) != 0 {
                rl_callback_read_char()
            } else if descriptor.revents & Int16(POLLERR | POLLNVAL) != 0 {
                rl_callback_handler_remove()
                return .endOfInput
            }
        }
        if Self.deliveredEOF { return .endOfInput }
        let line = Self.deliveredLine ?? ""
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        if remember, !trimmed.isEmpty, trimmed.utf8.count < 4096 {
            add_history(trimmed)
        }
        return .line(line)
    }

    /// Writes the history file (at most 500 entries) and restores the terminal.
    public func close() {
        guard !closed else { return }
        closed = true
        if let historyFile {
            // Private: the history holds earlier people's answers. The folder is made 0700 and the file
            // 0600 before readline writes it, and 0600 again after (readline keeps an existing mode).
            // History is a convenience: when its folder cannot be made, the session goes on without it.
            let folder = (historyFile as NSString).deletingLastPathComponent
            do {
                try FileManager.default.createDirectory(
                    atPath: folder, withIntermediateDirectories: true,
                    attributes: [.posixPermissions: 0o700])
            } catch {
                return
            }
            let descriptor = open(historyFile, O_WRONLY | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0o600)
            guard descriptor >= 0 else { return }
            fchmod(descriptor, 0o600)
            Glibc.close(descriptor)
            stifle_history(500)
            write_history(historyFile)
            chmod(historyFile, 0o600)
        }
    }

    /// Brings the display up to date with the countdown; returns the partial line once the time is up.
    private func follow(_ countdown: Countdown) -> String? {
        switch countdown.tick() {
        case .unchanged:
            return nil
        case .prompt(let text):
            // Erase the prompt and typed text (all the rows they take), then draw both again in place.
            rl_clear_visible_line()
            rl_set_prompt(text)
            rl_on_new_line()
            rl_redisplay()
            return nil
        case .warning(let text):
            // The same, with the warning printed where the line was; the line is drawn again below it.
            rl_clear_visible_line()
            countdown.announce()
            rl_set_prompt(text)
            rl_on_new_line()
            rl_redisplay()
            return nil
        case .expired:
            return rl_line_buffer.map { String(cString: $0) } ?? ""
        }
    }

    /// Discards the partial line after Ctrl-C and leaves the cursor on a fresh line.
    private func abandonLine() {
        rl_free_line_state()
        rl_callback_sigcleanup()
        rl_callback_handler_remove()
        rl_cleanup_after_signal()
        fputs("\n", stderr)
    }

    private func installInterruptHandler() {
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { _ in ReadlineLineReader.interruptFlag = 1 }
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0  // no SA_RESTART: poll must return EINTR
        sigaction(SIGINT, &action, nil)
        // A parent may have started us with SIGINT blocked (the mask survives exec); unblock it.
        var mask = sigset_t()
        sigemptyset(&mask)
        sigaddset(&mask, SIGINT)
        pthread_sigmask(SIG_UNBLOCK, &mask, nil)
    }

    /// The longest prefix shared by all strings.
    static func commonPrefix(_ words: [String]) -> String {
        guard var prefix = words.first else { return "" }
        for word in words.dropFirst() {
            while !word.hasPrefix(prefix) { prefix.removeLast() }
        }
        return prefix
    }
}
