//! Harness for end-to-end tests: starts tauri-driver, opens a WebDriver session on the built app
//! and offers waits and lookups by `data-testid`. Screenshots and logs of failed tests go to
//! `target/e2e-shots/`.
//!
//! The app binary comes from Cargo (`CARGO_BIN_EXE_sicremi-collect`), built with the default
//! `custom-protocol` feature, so it embeds ui/dist as it was when Cargo compiled it.

use std::any::Any;
use std::fs::File;
use std::future::Future;
use std::net::{Ipv4Addr, SocketAddr, TcpListener};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use fantoccini::elements::Element;
use fantoccini::{Client, ClientBuilder, Locator};
use hyper_util::client::legacy::connect::HttpConnector;
use nix::sys::signal::{kill, Signal};
use nix::unistd::Pid;
use serde_json::json;
use tokio::io::{AsyncReadExt, AsyncWriteExt};

/// Environment variable that overrides the tauri-driver binary (default: `tauri-driver` on PATH,
/// then `$CARGO_HOME/bin/tauri-driver`).
const TAURI_DRIVER_ENV: &str = "TAURI_DRIVER";

/// Environment variable that overrides WebKitGTK's WebDriver (default: /usr/bin/WebKitWebDriver
/// from the Debian package webkit2gtk-driver).
const NATIVE_DRIVER_ENV: &str = "WEBKIT_WEBDRIVER";
const DEFAULT_NATIVE_DRIVER: &str = "/usr/bin/WebKitWebDriver";

/// Time allowed for tauri-driver and WebKitWebDriver to become ready after tauri-driver starts.
const DRIVER_READY_TIMEOUT: Duration = Duration::from_secs(15);
/// Time allowed for the app to start and WebKit to create the session. Both smoke tests together
/// took about 2 s under Xvfb on a 2-core machine, so the limit leaves a wide margin for slow runners.
const SESSION_TIMEOUT: Duration = Duration::from_secs(60);
/// Default time allowed for an element or a text to appear.
pub const WAIT_TIMEOUT: Duration = Duration::from_secs(15);
const POLL_INTERVAL: Duration = Duration::from_millis(100);
/// Time allowed for one test body. It exists so that a WebDriver command that never returns
/// fails the test instead of hanging the run.
const BODY_TIMEOUT: Duration = Duration::from_secs(120);
/// Time allowed for each failure artifact (page source, screenshot) and for closing the session.
const ARTIFACT_TIMEOUT: Duration = Duration::from_secs(10);
const SESSION_CLOSE_TIMEOUT: Duration = Duration::from_secs(15);
/// Time allowed for tauri-driver to exit after SIGTERM.
const DRIVER_STOP_TIMEOUT: Duration = Duration::from_secs(10);

static APP_SESSION_LOCK: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());

/// Returns `true`, after printing why, when no X display is available, so the caller can skip.
pub fn display_missing(test_name: &str) -> bool {
    if std::env::var_os("DISPLAY").is_some_and(|display| !display.is_empty()) {
        return false;
    }
    eprintln!(
        "\n********************************************************************************\n\
         SKIPPED end-to-end test `{test_name}`: DISPLAY is not set, so the app window cannot\n\
         open. Run the end-to-end tests under a display, for example:\n\
         \txvfb-run -a cargo test -p sicremi-collect --test e2e\n\
         ********************************************************************************\n"
    );
    true
}

/// Starts the app in `data_dir`, runs `body` against it and closes the app.
///
/// When `body` panics, the harness first saves the page source and a screenshot to
/// `target/e2e-shots/<test_name>.html` and `.png`. It then closes the session, stops tauri-driver
/// and re-raises the panic. The caller must check [`display_missing`] before.
pub async fn with_app_in<F, Fut>(test_name: &str, data_dir: &Path, body: F)
where
    F: FnOnce(TestApp) -> Fut,
    Fut: Future<Output = ()> + Send + 'static,
{
    // One app at a time: the failure screenshot shows the whole display, where windows of parallel
    // tests would overlap, and two WebKit instances compete for the CPU on small CI runners.
    let _exclusive = APP_SESSION_LOCK.lock().await;

    let artifacts = artifacts_dir();
    let mut driver = TauriDriver::start(test_name, data_dir, &artifacts);
    let client = driver.open_session().await;
    let app = TestApp {
        client: client.clone(),
        data_dir: data_dir.to_path_buf(),
    };

    // The body runs in its own task, so a failed assert surfaces as a JoinError here instead of
    // unwinding past the clean-up below.
    let task = tokio::spawn(body(app));
    let abort_handle = task.abort_handle();
    let outcome = match tokio::time::timeout(BODY_TIMEOUT, task).await {
        Ok(Ok(())) => BodyOutcome::Passed,
        Ok(Err(join_error)) => match join_error.try_into_panic() {
            Ok(panic) => BodyOutcome::Panicked(panic),
            Err(join_error) => BodyOutcome::Failed(format!("did not finish: {join_error}")),
        },
        Err(_) => {
            abort_handle.abort();
            BodyOutcome::Failed(format!("timed out after {BODY_TIMEOUT:?}"))
        }
    };

    if !matches!(outcome, BodyOutcome::Passed) {
        save_failure_artifacts(&client, &artifacts, test_name).await;
        eprintln!("e2e: driver and app log: {}", driver.log_path.display());
    }

    match tokio::time::timeout(SESSION_CLOSE_TIMEOUT, client.close()).await {
        Ok(Ok(())) => {}
        Ok(Err(error)) => eprintln!("e2e: closing the WebDriver session failed: {error}"),
        Err(_) => eprintln!(
            "e2e: closing the WebDriver session timed out after {SESSION_CLOSE_TIMEOUT:?}; \
             stopping tauri-driver anyway"
        ),
    }
    drop(driver);

    match outcome {
        BodyOutcome::Passed => {}
        BodyOutcome::Panicked(panic) => std::panic::resume_unwind(panic),
        BodyOutcome::Failed(reason) => panic!("e2e: test body of `{test_name}` {reason}"),
    }
}

enum BodyOutcome {
    Passed,
    Panicked(Box<dyn Any + Send>),
    Failed(String),
}

/// Handle on the running app that the test body uses.
#[derive(Clone)]
pub struct TestApp {
    client: Client,
    data_dir: PathBuf,
}

impl TestApp {
    /// Data folder passed to the app through SICREMI_DATA_DIR.
    pub fn data_dir(&self) -> &Path {
        &self.data_dir
    }

    /// Waits until the element with `data-testid="{test_id}"` exists and returns it.
    pub async fn find(&self, test_id: &str) -> Element {
        let selector = test_id_selector(test_id);
        self.client
            .wait()
            .at_most(WAIT_TIMEOUT)
            .every(POLL_INTERVAL)
            .for_element(Locator::Css(&selector))
            .await
            .unwrap_or_else(|error| {
                panic!("element {selector} not found within {WAIT_TIMEOUT:?}: {error}")
            })
    }

    /// Waits for the element and clicks it.
    pub async fn click(&self, test_id: &str) {
        let element = self.find(test_id).await;
        element
            .click()
            .await
            .unwrap_or_else(|error| panic!("clicking [data-testid=\"{test_id}\"] failed: {error}"));
    }

    /// Waits until the element's visible text equals `expected`, ignoring surrounding whitespace.
    pub async fn wait_for_text(&self, test_id: &str, expected: &str) {
        let selector = test_id_selector(test_id);
        let deadline = Instant::now() + WAIT_TIMEOUT;
        let mut last_seen = String::from("<element not found>");

        loop {
            if let Ok(element) = self.client.find(Locator::Css(&selector)).await {
                match element.text().await {
                    Ok(text) if text.trim() == expected => return,
                    Ok(text) => last_seen = format!("{:?}", text.trim()),
                    Err(error) => last_seen = format!("<text not readable: {error}>"),
                }
            }
            assert!(
                Instant::now() < deadline,
                "{selector} did not show {expected:?} within {WAIT_TIMEOUT:?}; last text: {last_seen}"
            );
            tokio::time::sleep(POLL_INTERVAL).await;
        }
    }

    /// Returns the value of an attribute of the element, or `None` when it is absent.
    pub async fn attribute(&self, test_id: &str, name: &str) -> Option<String> {
        let element = self.find(test_id).await;
        element.attr(name).await.unwrap_or_else(|error| {
            panic!("reading {name} of [data-testid=\"{test_id}\"] failed: {error}")
        })
    }
}

/// Saves the page source and a screenshot of the X display for a failed test.
///
/// The screenshot comes from ImageMagick's `import -window root`, not from WebDriver: with
/// WEBKIT_DISABLE_DMABUF_RENDERER=1, which the app sets by default, WebKitWebDriver's screenshot
/// command never returned under Xvfb (WebKitGTK 2.50.6) and blocked the session. Tests take
/// turns, so the display shows only the failed test's window.
async fn save_failure_artifacts(client: &Client, artifacts: &Path, test_name: &str) {
    let source_path = artifacts.join(format!("{test_name}.html"));
    match tokio::time::timeout(ARTIFACT_TIMEOUT, client.source()).await {
        Ok(Ok(html)) => match std::fs::write(&source_path, html) {
            Ok(()) => eprintln!(
                "e2e: page source of the failed test: {}",
                source_path.display()
            ),
            Err(error) => eprintln!("e2e: cannot write {}: {error}", source_path.display()),
        },
        Ok(Err(error)) => eprintln!("e2e: reading the page source failed: {error}"),
        Err(_) => eprintln!("e2e: reading the page source timed out after {ARTIFACT_TIMEOUT:?}"),
    }

    let shot_path = artifacts.join(format!("{test_name}.png"));
    let capture = tokio::process::Command::new("import")
        .arg("-window")
        .arg("root")
        .arg(&shot_path)
        .stdin(Stdio::null())
        .kill_on_drop(true)
        .output();
    match tokio::time::timeout(ARTIFACT_TIMEOUT, capture).await {
        Ok(Ok(output)) if output.status.success() => {
            eprintln!(
                "e2e: screenshot of the failed test: {}",
                shot_path.display()
            )
        }
        Ok(Ok(output)) => eprintln!(
            "e2e: `import -window root` failed with {}: {}",
            output.status,
            String::from_utf8_lossy(&output.stderr).trim()
        ),
        Ok(Err(error)) => eprintln!(
            "e2e: cannot run ImageMagick's `import` for a screenshot ({error}); install the \
             Debian package imagemagick"
        ),
        Err(_) => eprintln!("e2e: the screenshot timed out after {ARTIFACT_TIMEOUT:?}"),
    }
}

fn test_id_selector(test_id: &str) -> String {
    format!("[data-testid=\"{test_id}\"]")
}

/// Folder for screenshots and driver logs: `target/e2e-shots`, next to the app binary's profile
/// folder, so it follows CARGO_TARGET_DIR.
fn artifacts_dir() -> PathBuf {
    let binary = Path::new(env!("CARGO_BIN_EXE_sicremi-collect"));
    let target = binary
        .parent()
        .and_then(Path::parent)
        .expect("the app binary lies in <target>/<profile>/");
    let dir = target.join("e2e-shots");
    std::fs::create_dir_all(&dir)
        .unwrap_or_else(|error| panic!("cannot create {}: {error}", dir.display()));
    dir
}

/// A running tauri-driver process. Dropping it sends SIGTERM and waits for the exit.
struct TauriDriver {
    child: Child,
    port: u16,
    native_port: u16,
    log_path: PathBuf,
}

impl TauriDriver {
    fn start(test_name: &str, data_dir: &Path, artifacts: &Path) -> Self {
        let driver = find_tauri_driver();
        let native_driver = std::env::var_os(NATIVE_DRIVER_ENV)
            .map(PathBuf::from)
            .unwrap_or_else(|| PathBuf::from(DEFAULT_NATIVE_DRIVER));
        assert!(
            native_driver.is_file(),
            "WebKitWebDriver not found at {}: install the Debian package webkit2gtk-driver, \
             or set {NATIVE_DRIVER_ENV} to its path",
            native_driver.display()
        );

        let port = free_port();
        let native_port = free_port();
        let log_path = artifacts.join(format!("{test_name}.driver.log"));
        let log = File::create(&log_path)
            .unwrap_or_else(|error| panic!("cannot create {}: {error}", log_path.display()));
        let log_for_stderr = log
            .try_clone()
            .unwrap_or_else(|error| panic!("cannot reuse {}: {error}", log_path.display()));

        // WebKitWebDriver inherits this environment and passes it on to the app, which is how
        // the app learns its data folder.
        let child = Command::new(&driver)
            .arg("--port")
            .arg(port.to_string())
            .arg("--native-port")
            .arg(native_port.to_string())
            .arg("--native-host")
            .arg("127.0.0.1")
            .arg("--native-driver")
            .arg(&native_driver)
            .env(sicremi_collect::DATA_DIR_ENV, data_dir)
            .stdin(Stdio::null())
            .stdout(log)
            .stderr(log_for_stderr)
            .spawn()
            .unwrap_or_else(|error| panic!("cannot start {}: {error}", driver.display()));

        TauriDriver {
            child,
            port,
            native_port,
            log_path,
        }
    }

    async fn open_session(&mut self) -> Client {
        self.wait_until_ready().await;

        let application = env!("CARGO_BIN_EXE_sicremi-collect");
        let mut capabilities = serde_json::Map::new();
        capabilities.insert(
            "tauri:options".to_string(),
            json!({ "application": application }),
        );

        let url = format!("http://127.0.0.1:{}", self.port);
        let mut builder = ClientBuilder::new(HttpConnector::new());
        builder.capabilities(capabilities);
        match tokio::time::timeout(SESSION_TIMEOUT, builder.connect(&url)).await {
            Ok(Ok(client)) => client,
            Ok(Err(error)) => panic!(
                "cannot open a WebDriver session on {application}: {error}; see {}",
                self.log_path.display()
            ),
            Err(_) => panic!(
                "opening a WebDriver session on {application} timed out after {SESSION_TIMEOUT:?}; \
                 see {}",
                self.log_path.display()
            ),
        }
    }

    /// Waits until WebKitWebDriver replies to `GET /status` and tauri-driver accepts connections.
    ///
    /// Checking only tauri-driver's port is not enough, because tauri-driver can listen before the
    /// WebKitWebDriver it spawned does. The status request goes to WebKitWebDriver directly: sent
    /// through tauri-driver 2.1.0, it made the next request (the new session) fail with
    /// "connection reset by peer" in 2 of 30 runs of a start-and-stop loop.
    async fn wait_until_ready(&mut self) {
        let driver_address = SocketAddr::from((Ipv4Addr::LOCALHOST, self.port));
        let native_address = SocketAddr::from((Ipv4Addr::LOCALHOST, self.native_port));
        let deadline = Instant::now() + DRIVER_READY_TIMEOUT;
        loop {
            if let Ok(Some(status)) = self.child.try_wait() {
                panic!(
                    "tauri-driver exited with {status} before it was ready; see {}",
                    self.log_path.display()
                );
            }
            if native_status_ok(native_address).await
                && tokio::net::TcpStream::connect(driver_address).await.is_ok()
            {
                return;
            }
            assert!(
                Instant::now() < deadline,
                "tauri-driver ({driver_address}) and WebKitWebDriver ({native_address}) were not \
                 ready within {DRIVER_READY_TIMEOUT:?}; see {}",
                self.log_path.display()
            );
            tokio::time::sleep(POLL_INTERVAL).await;
        }
    }
}

/// Sends `GET /status` over plain HTTP/1.1 and returns whether the reply has status 200.
async fn native_status_ok(address: SocketAddr) -> bool {
    let exchange = async {
        let mut stream = tokio::net::TcpStream::connect(address).await?;
        stream
            .write_all(b"GET /status HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
            .await?;
        let mut reply = Vec::new();
        stream.read_to_end(&mut reply).await?;
        Ok::<_, std::io::Error>(reply)
    };
    match tokio::time::timeout(Duration::from_secs(2), exchange).await {
        Ok(Ok(reply)) => reply.starts_with(b"HTTP/1.1 200"),
        _ => false,
    }
}

impl Drop for TauriDriver {
    /// Stops tauri-driver with SIGTERM, on which it also stops WebKitWebDriver. SIGKILL would
    /// leave WebKitWebDriver running with the test's output pipes open, and the test run would hang.
    fn drop(&mut self) {
        let pid = Pid::from_raw(self.child.id() as i32);
        if let Err(error) = kill(pid, Signal::SIGTERM) {
            eprintln!("e2e: SIGTERM to tauri-driver (pid {pid}) failed: {error}");
            return;
        }

        let deadline = Instant::now() + DRIVER_STOP_TIMEOUT;
        loop {
            match self.child.try_wait() {
                Ok(Some(_)) => return,
                Ok(None) if Instant::now() < deadline => std::thread::sleep(POLL_INTERVAL),
                Ok(None) => {
                    eprintln!(
                        "e2e: tauri-driver (pid {pid}) still runs {DRIVER_STOP_TIMEOUT:?} after \
                         SIGTERM; stop it by hand"
                    );
                    return;
                }
                Err(error) => {
                    eprintln!("e2e: waiting for tauri-driver (pid {pid}) failed: {error}");
                    return;
                }
            }
        }
    }
}

fn find_tauri_driver() -> PathBuf {
    if let Some(path) = std::env::var_os(TAURI_DRIVER_ENV) {
        return PathBuf::from(path);
    }

    let on_path = std::env::var_os("PATH")
        .map(|paths| std::env::split_paths(&paths).collect::<Vec<_>>())
        .unwrap_or_default()
        .into_iter()
        .map(|dir| dir.join("tauri-driver"));
    let cargo_home = std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|home| PathBuf::from(home).join(".cargo")))
        .map(|home| home.join("bin/tauri-driver"));

    on_path
        .chain(cargo_home)
        .find(|candidate| candidate.is_file())
        .unwrap_or_else(|| {
            panic!(
                "tauri-driver not found on PATH or in $CARGO_HOME/bin: install it with \
                 `cargo install tauri-driver --locked`, or set {TAURI_DRIVER_ENV} to its path"
            )
        })
}

/// Returns a TCP port on 127.0.0.1 that was free when this function ran.
///
/// NOTE: another process can take the port before tauri-driver binds it. The test then fails
/// with "tauri-driver exited" or a timeout, and a rerun picks new ports.
fn free_port() -> u16 {
    let listener = TcpListener::bind((Ipv4Addr::LOCALHOST, 0))
        .unwrap_or_else(|error| panic!("cannot bind a free port on 127.0.0.1: {error}"));
    listener
        .local_addr()
        .expect("a bound listener has a local address")
        .port()
}
