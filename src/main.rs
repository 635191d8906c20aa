fn main() -> std::process::ExitCode {
    sharekeep::main()
}
