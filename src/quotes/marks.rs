//! Quotation marks paired into spans, one paragraph at a time, in one linear pass.
//!
//! Every mark style news uses: straight and curly quotes, « » (French spaces inside), „ “ and
//! » « (German), ‹ ›, 「 」 『 』, and paragraphs of Russian/Ukrainian dialogue opened by a
//! dash. The open marks sit on a small bounded stack, so thousands of unmatched marks cost
//! linear time, and a stray mark never swallows the quotes after it: a pair is top-level when
//! no other closed pair contains it, whatever happened to the marks around it.

/// Families of marks that pair with each other (a " may be closed by ”, and so on).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Family {
    Double,
    Single,
    /// « » in either direction; `true` when » opened (German style).
    Guillemet(bool),
    Angle(bool),
    Corner,
    WhiteCorner,
}

/// A quotation found by its marks; byte offsets.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Span {
    /// The opening mark (or the dash of a dialogue line).
    pub open: usize,
    /// Just past the closing mark, or the paragraph end when the quote runs on.
    pub close: usize,
    /// The words inside, trimmed of spaces.
    pub start: usize,
    pub end: usize,
    /// The quote runs past its paragraph end, into the next paragraph's opening mark.
    pub runs_on: bool,
    /// No closing mark in this paragraph and no continuation: kept only if attributed.
    pub dangling: bool,
    /// Opened by a dialogue dash rather than a quotation mark.
    pub dash: bool,
    /// A short quote (`is_short` in `quotes`), set once the spans are final: it is asked
    /// several times per quote.
    pub short: bool,
    /// The piece after an inserted attribution inside the same marks ("«…, dit-il, …»"):
    /// it continues the piece before it.
    pub after_incise: bool,
}

impl Span {
    /// The quotation, left open, goes on in the next paragraph.
    fn goes_on(&mut self) {
        self.runs_on = true;
        self.dangling = false;
    }

    /// A quotation between marks at bytes `open..close`, its words at `start..end`.
    fn marked(open: usize, close: usize, (start, end): (usize, usize)) -> Self {
        Span {
            open,
            close,
            start,
            end,
            runs_on: false,
            dangling: false,
            dash: false,
            short: false,
            after_incise: false,
        }
    }
}

/// At most this many marks stay open at once; deeper ones are ignored (never real nesting).
const MAX_DEPTH: usize = 12;

fn is_space(c: Option<char>) -> bool {
    c.is_none_or(|c| c.is_whitespace())
}

/// Before an opening mark: start, space, or an opening bracket/dash/mark.
fn opens_after(prev: Option<char>) -> bool {
    prev.is_none_or(|c| {
        c.is_whitespace()
            || matches!(
                c,
                '(' | '['
                    | '{'
                    | '—'
                    | '–'
                    | '-'
                    | '/'
                    | ':'
                    | '«'
                    | '„'
                    | '“'
                    | '‘'
                    | '\''
                    | '"'
                    | '»'
                    | '‹'
                    | '›'
                    | '‚'
            )
    })
}

/// After a closing mark: end, space, or punctuation.
fn closes_before(next: Option<char>) -> bool {
    next.is_none_or(|c| c.is_whitespace() || (!crate::text::is_alphanumeric(c) && c != '\''))
}

struct Open {
    family: Family,
    at: usize,
    len: usize,
}

/// Finds the quotations of every paragraph of `text` (`paras`: trimmed byte ranges).
pub(crate) fn find(text: &str, paras: &[(usize, usize)], dash_quotes: bool) -> Vec<Span> {
    let mut out: Vec<Span> = Vec::new();
    let mut prev_dangling: Option<usize> = None;
    // The paragraph whose first mark closes the quotation left open before a run of
    // paragraphs with no mark (found once per run, `closing_paragraph`).
    let mut closes_at: Option<usize> = None;
    for (pi, &(ps, pe)) in paras.iter().enumerate() {
        // The previous paragraph's unclosed quote continues if this one opens a quote at once.
        let opens_now = text[ps..pe].chars().next().is_some_and(|c| {
            matches!(
                c,
                '"' | '“' | '«' | '„' | '»' | '‘' | '‹' | '「' | '『' | '\''
            )
        });
        let mut from = ps;
        if let Some(k) = prev_dangling.take() {
            if opens_now {
                out[k].goes_on();
            } else if let Some(close) = continuation_close(text, ps, pe)
                && let Some((s, e)) = trimmed(text, ps, close.0)
            {
                // "“Il faut …\n\nSinon, rien ne change”, a-t-elle dit.": the quote left open
                // goes on in this paragraph, which opens with no mark, up to a mark that can
                // only close.
                out[k].goes_on();
                out.push(Span::marked(ps, close.1, (s, e)));
                from = close.1;
            } else if let Some(c) = closes_at
                .filter(|&c| c > pi)
                .or_else(|| closing_paragraph(text, paras, pi))
                && let Some(words) = trimmed(text, ps, pe)
            {
                // A paragraph with no mark in the middle of a quotation closed further on is
                // a part of it, left open like the one before.
                closes_at = Some(c);
                out[k].goes_on();
                out.push(Span {
                    dangling: true,
                    ..Span::marked(ps, pe, words)
                });
                prev_dangling = Some(out.len() - 1);
                continue;
            }
        }
        let first = out.len();
        pair_paragraph(text, from, pe, &mut out);
        // A dialogue line is read by its dashes even when it holds marks: a «title» on the
        // attribution ("— …, — сказал он газете «Известия»") or a quote inside the words.
        if dash_quotes && text[ps..pe].starts_with(is_dash) {
            let paired = out.split_off(first);
            dialogue(text, ps, pe, &mut out);
            if out.len() == first {
                out.extend(paired);
            }
        } else if dash_quotes && out.len() == first {
            dialogue(text, ps, pe, &mut out);
        }
        if out.len() > first && out[out.len() - 1].dangling {
            prev_dangling = Some(out.len() - 1);
        }
    }
    out
}

/// When the paragraphs from index `from` (at most `RUN`) hold no quotation mark until one
/// whose first mark closes a quote left open before them (`continuation_close`), that one.
fn closing_paragraph(text: &str, paras: &[(usize, usize)], from: usize) -> Option<usize> {
    /// The most paragraphs with no mark a quotation runs through (the lines of a poem, the
    /// points of a statement).
    const RUN: usize = 12;
    for (n, &(ps, pe)) in paras.iter().enumerate().skip(from).take(RUN + 1) {
        if continuation_close(text, ps, pe).is_some() {
            return Some(n);
        }
        if text[ps..pe].contains(is_quote_mark) {
            return None;
        }
    }
    None
}

fn is_quote_mark(c: char) -> bool {
    matches!(
        c,
        '"' | '“' | '”' | '«' | '»' | '„' | '‘' | '‹' | '›' | '「' | '」' | '『' | '』'
    )
}

/// The byte span of the paragraph's first quotation mark when it can only close a double
/// quote or a guillemet one (a double mark after a word, a » after a word or a space, before
/// a space or punctuation): the close of a quote opened in the paragraph before.
fn continuation_close(text: &str, ps: usize, pe: usize) -> Option<(usize, usize)> {
    let para = &text[ps..pe];
    let (i, c) = para.char_indices().find(|&(_, c)| is_quote_mark(c))?;
    let prev = para[..i].chars().next_back();
    let next = para[i + c.len_utf8()..].chars().next();
    let closer = match c {
        '"' | '”' | '“' => !is_space(prev) && !opens_after(prev),
        '»' => prev.is_some(),
        _ => false,
    };
    (closer && closes_before(next)).then_some((ps + i, ps + i + c.len_utf8()))
}

fn pair_paragraph(text: &str, ps: usize, pe: usize, out: &mut Vec<Span>) {
    let para = &text[ps..pe];
    let mut stack: Vec<Open> = Vec::with_capacity(MAX_DEPTH);
    // Closed pairs (open, close-end) in closing order; nesting is settled after the pass.
    let mut pairs: Vec<(usize, usize, usize, usize)> = Vec::new();
    let mut prev: Option<char> = None;
    let mut chars = para.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let at = ps + i;
        let next = chars.peek().map(|&(_, d)| d);
        // Weighed only for the marks (nearly every character is none).
        let left = || opens_after(prev) && !is_space(next);
        let right = || !is_space(prev) && closes_before(next);
        let has = |f: &dyn Fn(Family) -> bool, st: &Vec<Open>| st.iter().rposition(|o| f(o.family));
        let double = |f: Family| f == Family::Double;
        let single = |f: Family| f == Family::Single;
        let mut close_at: Option<usize> = None;
        let mut open_as: Option<Family> = None;
        match c {
            '"' => {
                let d = has(&double, &stack);
                if d.is_some() && (right() || !left()) {
                    close_at = d;
                } else if left()
                    || (d.is_none() && !is_space(next) && !prev.is_some_and(|p| p.is_ascii_digit()))
                {
                    open_as = Some(Family::Double);
                }
            }
            '“' => {
                let d = has(&double, &stack);
                if d.is_some() && (right() || !left()) {
                    close_at = d;
                } else if !is_space(next) {
                    open_as = Some(Family::Double);
                }
            }
            '”' => {
                let d = has(&double, &stack);
                if d.is_some() {
                    close_at = d;
                } else if left() {
                    open_as = Some(Family::Double);
                }
            }
            '„' => open_as = Some(Family::Double),
            '‘' | '‚' => {
                let s = has(&single, &stack);
                if c == '‘' && s.is_some() && right() {
                    close_at = s;
                } else if left() {
                    open_as = Some(Family::Single);
                }
            }
            '’' | '\'' => {
                let s = has(&single, &stack);
                let inner = prev.is_some_and(crate::text::is_alphanumeric)
                    && next.is_some_and(crate::text::is_alphanumeric);
                if inner {
                    // An apostrophe: "don't", "aujourd'hui".
                } else if s.is_some() && right() {
                    close_at = s;
                } else if c == '\'' && left() && next.is_some_and(crate::text::is_alphanumeric) {
                    open_as = Some(Family::Single);
                }
            }
            '«' | '»' | '‹' | '›' => {
                let angle = matches!(c, '‹' | '›');
                let pointing_right = matches!(c, '»' | '›');
                let fam = |dir| {
                    if angle {
                        Family::Angle(dir)
                    } else {
                        Family::Guillemet(dir)
                    }
                };
                // « closes a »-opened quote and » closes a «-opened one.
                let closes = has(&|f| f == fam(!pointing_right), &stack);
                // A » that can only close ("…abandono.»") closes a »-opened quote: the
                // Spanish » that re-opens a quote in its next paragraph, Nordic »…».
                let same = || has(&|f| f == fam(true), &stack);
                if let Some(k) = closes {
                    close_at = Some(k);
                } else if pointing_right
                    && right()
                    && !left()
                    && let Some(k) = same()
                {
                    close_at = Some(k);
                } else if !pointing_right {
                    // «: opens (French puts a space after it, so only require text ahead).
                    if para[i + c.len_utf8()..]
                        .trim_start()
                        .chars()
                        .next()
                        .is_some()
                    {
                        open_as = Some(fam(false));
                    }
                } else if left() {
                    // » opening German style: »Text«. A » between spaces is a breadcrumb.
                    open_as = Some(fam(true));
                }
            }
            '「' => open_as = Some(Family::Corner),
            '『' => open_as = Some(Family::WhiteCorner),
            '」' | '』' => {
                let want = if c == '」' {
                    Family::Corner
                } else {
                    Family::WhiteCorner
                };
                close_at = has(&|f| f == want, &stack);
            }
            _ => {}
        }
        if let Some(k) = close_at {
            let o = &stack[k];
            pairs.push((o.at, o.at + o.len, at, at + c.len_utf8()));
            stack.truncate(k);
        } else if let Some(f) = open_as
            && stack.len() < MAX_DEPTH
        {
            stack.push(Open {
                family: f,
                at,
                len: c.len_utf8(),
            });
        }
        prev = Some(c);
    }
    // Top-level pairs: those no other closed pair contains.
    pairs.sort_unstable_by_key(|p| (p.0, std::cmp::Reverse(p.3)));
    let mut reach = 0;
    let mut last_close = ps;
    for (o, inner_start, inner_end, c) in pairs {
        if o < reach {
            continue;
        }
        reach = c;
        last_close = c;
        if let Some((s, e)) = trimmed(text, inner_start, inner_end) {
            out.push(Span::marked(o, c, (s, e)));
        }
    }
    // The outermost mark left open after the last closed pair runs to the paragraph end.
    if let Some(o) = stack.iter().find(|o| o.at >= last_close)
        && let Some((s, e)) = trimmed(text, o.at + o.len, pe)
    {
        out.push(Span {
            dangling: true,
            ..Span::marked(o.at, pe, (s, e))
        });
    }
}

/// The words between two byte offsets without surrounding spaces, if any.
fn trimmed(text: &str, s: usize, e: usize) -> Option<(usize, usize)> {
    let inner = text.get(s..e)?;
    let lead = inner.len() - inner.trim_start().len();
    let t = inner.trim();
    (!t.is_empty()).then(|| (s + lead, s + lead + t.len()))
}

fn is_dash(c: char) -> bool {
    matches!(c, '—' | '–')
}

/// A dialogue paragraph: "— Вода поднялась, — заявил он. — Мы ждём." The quoted pieces are the
/// parts between dashes that do not start with a lower-case word (those are the attribution).
fn dialogue(text: &str, ps: usize, pe: usize, out: &mut Vec<Span>) {
    let para = &text[ps..pe];
    let Some(first) = para.chars().next().filter(|&c| is_dash(c)) else {
        return;
    };
    // Cut the paragraph at every dash that follows punctuation or a space, and at a dash that
    // closes an attribution before punctuation ("—dijo Carmen Vidal—. No pudimos…").
    let mut cuts = vec![(ps, ps + first.len_utf8())];
    let mut prev = first;
    let mut chars = para.char_indices().skip(1).peekable();
    while let Some((i, c)) = chars.next() {
        if is_dash(c) {
            let at = ps + i;
            if prev.is_whitespace() || matches!(prev, ',' | '.' | '!' | '?' | '…') {
                cuts.push((at, at + c.len_utf8()));
            } else if let Some(&(j, p)) = chars.peek()
                && matches!(p, '.' | ',' | ';')
            {
                cuts.push((at, ps + j + p.len_utf8()));
            }
        }
        prev = c;
    }
    for (k, &(d, after)) in cuts.iter().enumerate() {
        let end = cuts.get(k + 1).map_or(pe, |c| c.0);
        let Some((s, e)) = trimmed(text, after, end) else {
            continue;
        };
        let starts_lower = text[s..e].chars().next().is_some_and(char::is_lowercase);
        if k > 0 && starts_lower {
            continue;
        }
        out.push(Span {
            dash: true,
            ..Span::marked(d, end, (s, e))
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quotes(text: &str) -> Vec<&str> {
        let paras = crate::segment::paragraphs(text);
        find(text, &paras, true)
            .into_iter()
            .filter(|s| !s.dangling)
            .map(|s| &text[s.start..s.end])
            .collect()
    }

    #[test]
    fn every_mark_style() {
        assert_eq!(quotes("He said \"We won,\" and left."), ["We won,"]);
        assert_eq!(quotes("“Yes,” she said. ‘No,’ he said."), ["Yes,", "No,"]);
        assert_eq!(
            quotes("« Nous voulons des arbres », a-t-il dit."),
            ["Nous voulons des arbres"]
        );
        assert_eq!(
            quotes("„Es gibt Berichte“, sagte er. »Ja«, sagte sie."),
            ["Es gibt Berichte", "Ja"]
        );
        assert_eq!(
            quotes("‹Oui› et 「はい」 et 『いいえ』"),
            ["Oui", "はい", "いいえ"]
        );
        assert_eq!(quotes("«Вода поднялась», — заявил он."), ["Вода поднялась"]);
    }

    #[test]
    fn nesting_mismatch_and_apostrophes() {
        assert_eq!(
            quotes("\"He told me 'don't go' twice,\" she said."),
            ["He told me 'don't go' twice,"]
        );
        assert_eq!(
            quotes("“Il a dit « non » hier”, ajoute-t-elle."),
            ["Il a dit « non » hier"]
        );
        assert_eq!(
            quotes("He said \"we are ready” and left."),
            ["we are ready"]
        );
        assert_eq!(
            quotes("The students’ union didn't say."),
            Vec::<&str>::new()
        );
    }

    #[test]
    fn stray_marks_do_not_derail() {
        assert_eq!(
            quotes("A stray \" here. \"Real quote,\" he said. 5' tall."),
            ["Real quote,"]
        );
        assert_eq!(quotes("Home » News » World"), Vec::<&str>::new());
        let t = "He said: \"we will win.\n\nOther news.";
        let spans = find(t, &crate::segment::paragraphs(t), false);
        assert_eq!(spans.len(), 1);
        assert!(spans[0].dangling);
    }

    #[test]
    fn continuation_closed_in_a_paragraph_with_no_opening_mark() {
        let cases = [
            "\"Mở đầu bài nói.\n\nPhần sau của bài\", ông nói.",
            "« Début du propos.\n\nSuite du propos », dit-il.",
            "\u{201c}Start of the speech.\n\nEnd of it,\u{201d} he said.",
        ];
        for t in cases {
            let spans = find(t, &crate::segment::paragraphs(t), false);
            assert_eq!(spans.len(), 2, "{t}");
            assert!(spans[0].runs_on && !spans[0].dangling, "{t}");
            let second = &t[spans[1].start..spans[1].end];
            assert!(
                second.starts_with(['P', 'S', 'E']) && !second.contains(['"', '»', '\u{201d}']),
                "{t}"
            );
        }
        // Through a paragraph with no mark, to one that closes.
        let t = "\u{201c}Start of the speech.\n\nThe middle.\n\nEnd of it,\u{201d} he said.";
        let spans = find(t, &crate::segment::paragraphs(t), false);
        let words: Vec<&str> = spans.iter().map(|s| &t[s.start..s.end]).collect();
        assert_eq!(words, ["Start of the speech.", "The middle.", "End of it,"]);
        assert!(spans[0].runs_on && spans[1].runs_on && !spans[2].dangling);
        // A mark after a space opens a quote: nothing continues.
        let t = "\"Mở đầu bài nói.\n\nÔng nói \"ngắn gọn\" thôi.";
        let spans = find(t, &crate::segment::paragraphs(t), false);
        assert!(!spans[0].runs_on);
    }

    #[test]
    fn continuation_across_paragraphs() {
        let t = "\"First part of the speech.\n\n\"Second part,\" he said.";
        let spans = find(t, &crate::segment::paragraphs(t), false);
        assert_eq!(spans.len(), 2);
        assert!(spans[0].runs_on && !spans[0].dangling);
        assert_eq!(
            &t[spans[0].start..spans[0].end],
            "First part of the speech."
        );
        assert_eq!(&t[spans[1].start..spans[1].end], "Second part,");
    }

    #[test]
    fn dialogue_line_with_a_title_on_its_attribution() {
        assert_eq!(
            quotes("— Школы откроются в срок, — сказал он газете «Вечерний город»."),
            ["Школы откроются в срок,"]
        );
    }

    #[test]
    fn dialogue_dashes() {
        assert_eq!(
            quotes("— Вода поднялась, — заявил он. — Мы ждём подъёма."),
            ["Вода поднялась,", "Мы ждём подъёма."]
        );
    }

    #[test]
    fn thousands_of_marks_stay_linear() {
        let t = "\"“«„‘‹".repeat(20_000);
        let spans = find(&t, &crate::segment::paragraphs(&t), true);
        assert!(spans.len() < 40_000);
    }
}
