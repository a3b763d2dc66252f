fn main() {
    let dir = std::env::args().nth(1).unwrap();
    for lang in std::fs::read_dir(&dir).unwrap() {
        let lang = lang.unwrap().path();
        if !lang.is_dir() {
            continue;
        }
        for f in std::fs::read_dir(lang).unwrap() {
            let p = f.unwrap().path();
            if p.extension().is_some_and(|e| e == "txt") {
                let t = std::fs::read_to_string(p).unwrap();
                std::hint::black_box(sayso::analyze(&t, None, None));
            }
        }
    }
}
