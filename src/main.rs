// Thin binary: everything lives in the library so tests can mount the same components.
fn main() {
    cloud_selfcheck::start();
}
