//! From attributions to quotes: each mention resolved to its person, the fullest name the
//! document gives, the outlet's own name, denial and continuation.

use super::*;

/// Where a pronoun or description attached to candidate `c` looks back from: the quote's
/// start when the mention follows it ("“Jens was the best teammate,” he says": the name inside
/// the quote is the one talked about, not the speaker).
pub(crate) fn antecedent_pos(m: &Mention, c: &Cand) -> usize {
    m.start.min(c.start)
}

/// The name at bytes `[start, end)` back in the nominative where the word before it shows it
/// declined (`Lexicon::declined_name_base`: German "des Statistischen Bundesamtes" →
/// "Statistisches Bundesamt"). That word opens the mention (an article, lower-case) or stands
/// before the capitalised words leading up to it (the adjectives a mention of "Landesamtes"
/// leaves out). A complement after the name stays as written ("der Gesundheitsdirektion des
/// Landes" → "Gesundheitsdirektion des Landes").
fn declined_base(ctx: &Ctx<'_>, start: usize, end: usize) -> Option<String> {
    let tk = &ctx.tk;
    let (a, b) = (tk.at_or_after(start), tk.at_or_after(end));
    let first = if a < b && ctx.word(a) && !tk.is_capitalized(a) {
        a + 1
    } else {
        let mut k = a;
        while k > 0 && ctx.word(k - 1) && tk.is_capitalized(k - 1) {
            k -= 1;
        }
        k
    };
    if first == 0 || !ctx.word(first - 1) {
        return None;
    }
    // The name: its capitalised words; what follows from the first other word is kept.
    let last = (first..b)
        .take_while(|&k| ctx.word(k) && tk.is_capitalized(k))
        .last()?;
    let name = &tk.text[tk.toks[first].start..tk.toks[last].end];
    let base = (ctx.rules.lex.declined_name_base)(tk.raw(first - 1), name)?;
    Some(format!(
        "{base}{}",
        &tk.text[tk.toks[last].end..end.max(tk.toks[last].end)]
    ))
}

/// Resolves speakers in text order and builds the output.
pub(crate) fn resolve_all(
    ctx: &Ctx<'_>,
    mut cands: Vec<Cand>,
    sents: &[(usize, usize)],
) -> Vec<Quote> {
    let text = ctx.tk.text;
    // A name that is only a piece of a larger phrase is not the speaker (see `fragments`).
    for c in &mut cands {
        if let Some(m) = c.attr.mention.as_mut() {
            whole_mention(ctx, m);
        }
    }
    // The people named in the text serve only a mention that needs an antecedent or a fuller
    // name (a pronoun, a dropped subject, a description, a one-word name): with none, or no
    // quote at all, the scan of every capitalised word is skipped.
    let needed = cands
        .iter()
        .filter_map(|c| c.attr.mention.as_ref())
        .any(|m| !m.outlet && (m.kind != MentionKind::Name || !text[m.start..m.end].contains(' ')));
    let quoted = quoted_spans(&cands);
    let entities = if needed {
        entities(ctx, &cands, sents, &quoted)
    } else {
        Entities::default()
    };

    let mut out: Vec<Quote> = Vec::with_capacity(cands.len());
    for c in &cands {
        let (mut speaker, mut sp_start, mut sp_end) = (None, None, None);
        let mut role: Option<String> = None;
        if let Some(m) = c.attr.mention.as_ref().filter(|m| !m.outlet) {
            role = m.roles.first().cloned();
            match m.kind {
                MentionKind::Name => {
                    let name = &text[m.start..m.end];
                    // "по словам Ивана Петрова": the frame put the name in the genitive.
                    let lex = ctx.rules.lex;
                    let genitive = c.attr.cue.is_some_and(|(s, e)| {
                        lex.genitive_frames
                            .contains(&text[s..e].to_lowercase().as_str())
                    });
                    let name = if genitive {
                        name.split(' ')
                            .map(|w| {
                                // The form the document writes elsewhere, else the likeliest.
                                let forms = (lex.nominative)(w);
                                forms
                                    .iter()
                                    .find(|f| written_as_word(text, f))
                                    .unwrap_or(&forms[0])
                                    .clone()
                            })
                            .collect::<Vec<_>>()
                            .join(" ")
                    } else {
                        declined_base(ctx, m.start, m.end).unwrap_or_else(|| name.to_string())
                    };
                    speaker = Some(
                        ctx.short_form_antecedent(m, &quoted)
                            .unwrap_or_else(|| fuller_name(&entities, &name, m.start)),
                    );
                }
                // "“…?”, I asked": the writer, whoever the text named before. (Only after the
                // marks: before them "I" may still be inside a speaker's quotation that runs
                // on over paragraphs, "I told him …".)
                MentionKind::Pronoun
                    if m.start >= c.end
                        && ctx.rules.is_narrator(&text[m.start..m.end].to_lowercase()) =>
                {
                    speaker = Some(text[m.start..m.end].to_string());
                }
                _ => {
                    if let Some(e) = entities.resolve(m, antecedent_pos(m, c), ctx.rules) {
                        // An antecedent written as a surname, maybe declined ("за словами
                        // Яремчука" … "— додав доцент"), is the full name said before it.
                        speaker = Some(fuller_name(&entities, &e.name, e.pos));
                        role = role.or_else(|| e.roles.first().cloned());
                    } else if m.kind == MentionKind::Description {
                        // "the company": the body named before; "the statement": who issued
                        // it; else the description itself.
                        speaker = Some(
                            ctx.body_antecedent(m, &quoted)
                                .or_else(|| {
                                    ctx.statement_author(m, sents, &quoted).map(|a| {
                                        fuller_name(&entities, &text[a.start..a.end], a.start)
                                    })
                                })
                                .or_else(|| declined_base(ctx, m.start, m.end))
                                .unwrap_or_else(|| text[m.start..m.end].to_string()),
                        );
                    }
                }
            }
            // The mention attached to the cue, even a pronoun nobody resolves; a dropped
            // subject has none of its own, so it points at its antecedent.
            if m.kind != MentionKind::Zero {
                (sp_start, sp_end) = (Some(m.start), Some(m.end));
            } else if let Some(e) = speaker
                .as_ref()
                .and_then(|_| entities.resolve(m, antecedent_pos(m, c), ctx.rules))
            {
                (sp_start, sp_end) = (Some(e.start), Some(e.end));
            }
        }
        if c.attr.mention.is_none()
            && let Some(q) = c.inherit.and_then(|i| out.get(i))
        {
            speaker.clone_from(&q.speaker);
            role.clone_from(&q.speaker_role);
            (sp_start, sp_end) = (q.speaker_start_byte, q.speaker_end_byte);
        }
        let source = c
            .attr
            .source
            .map(|(s, e)| outlet_name(ctx, s, e))
            .or_else(|| {
                c.inherit
                    .and_then(|i| out.get(i))
                    .and_then(|q| q.source.clone())
            });
        out.push(Quote {
            start_byte: c.start,
            end_byte: c.end,
            speaker,
            speaker_start_byte: sp_start,
            speaker_end_byte: sp_end,
            speaker_role: role,
            cue: c.attr.cue.map(|(s, e)| text[s..e].to_string()),
            source,
            kind: c.kind,
            // (A continuation of a denial denies too; so do a few words that call something
            // false.)
            denial: match c.attr.cue {
                Some((s, e)) => {
                    ctx.rules.is_denial(&text[s..e]) || ctx.rules.calls_false(&text[c.start..c.end])
                }
                None => c.inherit.and_then(|i| out.get(i)).is_some_and(|q| q.denial),
            },
        });
    }
    // The fullest name of each speaker, said before or after (see `fullest_names`).
    let full =
        |n: &String| n.contains(' ') && n.split(' ').all(|w| w.starts_with(char::is_uppercase));
    let mut said: Vec<String> = out
        .iter()
        .filter_map(|q| q.speaker.clone())
        .filter(full)
        .collect();
    let mut named: Vec<String> = entities
        .people
        .iter()
        .filter(|e| e.named)
        .map(|e| e.name.clone())
        .filter(full)
        .collect();
    for list in [&mut said, &mut named] {
        list.sort_unstable();
        list.dedup();
    }
    let mut speakers: Vec<Option<String>> = out.iter_mut().map(|q| q.speaker.take()).collect();
    resolve::fullest_names(&mut speakers, &said, &named);
    // An acronym the text defines is the name it stands for ("IPR": "Institut Paris Région").
    let defined = if speakers.iter().flatten().any(|s| !s.contains(' ')) {
        acronyms::definitions(text)
    } else {
        Vec::new()
    };
    for (q, s) in out.iter_mut().zip(speakers) {
        q.speaker = s.map(|s| acronyms::expand(&defined, &s).map_or(s, str::to_string));
    }
    repeated::drop_repeated_titles(text, ctx.rules, &mut out);
    out
}

/// Does `text` hold `word` as a whole word somewhere?
pub(crate) fn written_as_word(text: &str, word: &str) -> bool {
    text.match_indices(word).any(|(at, _)| {
        !text[..at].ends_with(char::is_alphabetic)
            && !text[at + word.len()..].starts_with(char::is_alphabetic)
    })
}

/// The full name said before a one-word `name` at byte `pos`, else `name`. A declined full
/// name whose surname is `name` plus an ending ("главного тренера Игоря Баранова" …
/// "Баранов сказал") is not the nominative the speaker is given in; the bare surname is.
pub(crate) fn fuller_name(entities: &Entities, name: &str, pos: usize) -> String {
    match entities.full_name(name, pos) {
        Some(e)
            if !e.name.rsplit(' ').next().is_some_and(|last| {
                last.len() > name.len() && last.starts_with(name) && lexicon::cyrillic(last)
            }) =>
        {
            e.name.clone()
        }
        _ => name.to_string(),
    }
}
