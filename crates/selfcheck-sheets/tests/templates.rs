//! The blank workbooks offered beside each import: read back as the importer reads them,
//! the sheet it looks for, the header row in the language asked for, and nothing refused.

use selfcheck_core::agency::{inventory_csv, platforms_csv};
use selfcheck_core::catalog::csv_import;
use selfcheck_core::csv::Record;
use selfcheck_core::sheet::names;
use selfcheck_core::table::Table;
use selfcheck_core::Lang;
use selfcheck_sheets::{read_sheet, template};

#[test]
fn each_template_is_the_sheet_its_importer_reads_with_the_headers_asked_for() {
    assert_eq!([Lang::ZhCn, Lang::En].map(|lang| names::in_lang(names::PLATFORMS, lang)), ["候选平台", "platforms"]);
    for lang in [Lang::ZhCn, Lang::En] {
        let sheet = |names: &[&'static str]| names::in_lang(names, lang);
        let kinds: [(&[&str], &str, Vec<&str>); 3] = [
            (names::INVENTORY, sheet(names::INVENTORY), selfcheck_core::table::headers::<inventory_csv::Column>(lang)),
            (names::PLATFORMS, sheet(names::PLATFORMS), selfcheck_core::table::headers::<platforms_csv::Column>(lang)),
            (names::CATALOG, sheet(names::CATALOG), selfcheck_core::table::headers::<csv_import::CatalogColumn>(lang)),
        ];
        for (wanted, name, headers) in kinds {
            let bytes = template(name, &headers).unwrap();
            let rows = read_sheet(&bytes, wanted).unwrap();
            assert_eq!(rows.sheet, name);
            assert_eq!(rows.rows.len(), 1, "{name}: the header row alone");
            assert_eq!(rows.rows[0].fields, headers, "{name}");
        }
        // Filled in, the inventory's importer takes every column of it.
        let bytes =
            template(sheet(names::INVENTORY), &selfcheck_core::table::headers::<inventory_csv::Column>(lang)).unwrap();
        let mut rows = read_sheet(&bytes, names::INVENTORY).unwrap();
        let yes_no = if lang == Lang::ZhCn { "否" } else { "no" };
        let cells =
            ["门户网站", "对外门户", yes_no, yes_no, "2", yes_no, yes_no, yes_no, "", "政务云", "2027-01-01", ""];
        rows.rows.push(Record { line: 2, fields: cells.map(String::from).to_vec(), quoted: vec![false; cells.len()] });
        let workloads = inventory_csv::import_table(&Table::Sheet(rows)).unwrap();
        assert_eq!((workloads[0].name.as_str(), workloads[0].mlps_level), ("门户网站", Some(2)));
        assert_eq!(workloads[0].platform.as_deref(), Some("政务云"));
    }
}
