//! `onyx open N`: open citation N of the last answer of this profile and
//! server in the browser (or print its link), after `ask` has gone.

use super::Context;
use crate::error::{Error, Result};
use clap::Args;

pub const OPEN_HELP: &str = "\
Examples:
  onyx ask 'what is our leave policy?'
  onyx open 1
  onyx open 2 --print | xargs curl -sI

The citations of each profile's last answer are kept in the state directory
(ONYX_STATE_DIR); the browser is $BROWSER, else the system's.";

#[derive(Debug, Args)]
pub struct OpenArgs {
    /// The citation's number, as [N] in the answer and its Sources
    #[arg(value_name = "N", value_parser = crate::values::whole_number::<i64>)]
    pub number: i64,
    /// Print the link on stdout instead of opening it
    #[arg(long)]
    pub print: bool,
}

pub fn run(ctx: &mut Context, args: OpenArgs) -> Result<()> {
    let profile = &ctx.settings.profile_name;
    let server = ctx.settings.server_url()?;
    let citations = crate::state::last_citations(profile, &server).ok_or_else(|| {
        Error::NotFound(format!(
            "no answer of profile '{profile}' to open a citation of; run 'onyx ask QUESTION' first"
        ))
    })?;
    if args.print {
        let link = crate::ops::citation::link(&citations, args.number)?;
        return ctx.out.write_stdout(&format!("{link}\n"));
    }
    let link = crate::ops::citation::open(&citations, args.number)?;
    ctx.out.note(&format!("Opened [{}] {link}", args.number));
    Ok(())
}
