//! End-to-end tests: they start the built app through tauri-driver and WebKitWebDriver and drive
//! its UI like a user. They need an X display (run them under `xvfb-run -a`), tauri-driver
//! (`cargo install tauri-driver --locked`) and /usr/bin/WebKitWebDriver (Debian package
//! webkit2gtk-driver), and they skip with a message when DISPLAY is unset.

mod actions;
mod exchange;
mod full_path;
mod grid;
mod packs;
mod secretariat_setup;
mod slices;
mod smoke;
mod support;
mod upgrade;
