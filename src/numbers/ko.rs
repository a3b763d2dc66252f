//! Korean: Sino-Korean numerals (일 이 삼 … 십 백 천 만 억 조) count only with a multiplier,
//! since the same syllables are common words; 만/억 after digits ("10만").

use super::Qualifier::*;
use super::lexicon::M::*;
use super::lexicon::{M, Spec};

pub(super) const SPEC: Spec = Spec {
    words: WORDS,
    numerals: NUMERALS,
    ..Spec::BASE
};

const NUMERALS: &[(char, M)] = &[
    ('영', Unit(0.0)),
    ('일', Unit(1.0)),
    ('이', Unit(2.0)),
    ('삼', Unit(3.0)),
    ('사', Unit(4.0)),
    ('오', Unit(5.0)),
    ('육', Unit(6.0)),
    ('칠', Unit(7.0)),
    ('팔', Unit(8.0)),
    ('구', Unit(9.0)),
    ('십', Mult(10.0)),
    ('백', Mult(100.0)),
    ('천', Mult(1000.0)),
    ('만', Scale(1e4)),
    ('억', Scale(1e8)),
    ('조', Scale(1e12)),
];

const WORDS: &[(&str, M)] = &[
    ("약", Qual(Approx)),
    ("대략", Qual(Approx)),
    ("가량", QualAfter(Approx)),
    ("정도", QualAfter(Approx)),
    ("여", QualAfter(AtLeast)),
    ("이상", QualAfter(AtLeast)),
    ("넘는", QualAfter(AtLeast)),
    ("최소", Qual(AtLeast)),
    ("이하", QualAfter(AtMost)),
    ("미만", QualAfter(AtMost)),
    ("까지", QualAfter(AtMost)),
    ("최대", Qual(AtMost)),
    ("에서", To),
    ("부터", To),
    ("퍼센트", Percent),
    ("프로", Percent),
    ("원", Currency("KRW")),
    ("달러", Currency("USD")),
    ("엔", Currency("JPY")),
    ("유로", Currency("EUR")),
    ("위안", Currency("CNY")),
    ("년", YearAfter),
    ("년", Counter),
    ("월", MonthSuffix),
    ("일", DaySuffix),
    ("제", OrdPrefix),
    ("명", Counter),
    ("개", Counter),
    ("건", Counter),
    ("곳", Counter),
    ("대", Counter),
    ("채", Counter),
    ("마리", Counter),
    ("배", Counter),
    ("살", Counter),
    ("회", Counter),
    ("번", Counter),
    ("차", Counter),
    ("권", Counter),
    ("장", Counter),
    ("절반", Half),
    ("분의", OverRev),
];
