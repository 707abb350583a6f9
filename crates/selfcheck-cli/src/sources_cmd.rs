//! `selfcheck sources`: the register of documents the checks are based on.

use std::io::{self, Write};

use selfcheck_core::{sources, Lang};

pub fn print(out: &mut dyn Write, lang: Lang, json: bool) -> io::Result<()> {
    if json {
        let text = serde_json::to_string_pretty(sources::all()).map_err(io::Error::other)?;
        return writeln!(out, "{text}");
    }
    for doc in sources::all() {
        let guidance = match (doc.guidance, lang) {
            (false, _) => "",
            (true, Lang::ZhCn) => "（参考）",
            (true, Lang::En) => " (guidance)",
        };
        writeln!(out, "{}{guidance}", doc.title.get(lang))?;
        writeln!(out, "    {} · {}", doc.issuer.get(lang), doc.reference.get(lang))?;
        if let Some(issued) = doc.issued {
            writeln!(out, "    {issued}")?;
        }
    }
    Ok(())
}
