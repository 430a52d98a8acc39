using Briefings.Analysis;
using Xunit;

namespace Briefings.Tests.Analysis;

public sealed class SentenceSplitterTests
{
    /// <summary>Thirty sentences of the seeds that trip naive splitters: titles, initials, dotted acronyms, quotes ending a sentence, ellipses, numbers.</summary>
    public static TheoryData<string> TrickySentences =>
    [
        "After the departure of U.S. Forces from Afghanistan in 2021, Ismail Haniyeh phoned Taliban leader Abdul Ghani Baradar.",
        "In May 2022, the U.S. Treasury Department designated Hamas leader Hisham Younis Yahya Qafisheh for his “role in transferring funds on behalf of various companies linked to Hamas’s investment portfolio.”",
        "Our investigation found that the U.S. unwittingly laid the groundwork for the Taliban’s victory long ago.",
        "“Who will stand up?” the officer implored a crowd of 150 Afghan elders.",
        "Mr. Omar, for example, who was known as the Wall Breaker, became the poster child of an abusive militia commander.",
        "President-elect Donald J. Trump has blamed President Biden for the messy end to America’s longest war, vowing to fire “every single senior official” responsible for the disastrous exit.",
        "Mr. Biden, by contrast, blames the Afghans for surrendering to the Taliban so quickly.",
        "“Political leaders gave up and fled the country,” Mr. Biden said after the withdrawal.",
        "“There was no doubt in my mind that Mr. Omar was a leader in that community,” said the now-retired officer, Lt. Col. Kenneth Payne, of the Second Battalion, 121st Infantry Regiment.",
        "In Colonel Payne’s estimation, “things went very well for a while.”",
        "A diplomatic cable from the U.S. Embassy in November 2009 emphasized the importance of controlling the militias.",
        "The Taliban and al-Qaeda have an ideological and blood relationship, said Gen. (ret.) Sikander Asghari, the former deputy director of the Afghan General Directorate of Local Police.",
        "\"The Taliban and al-Qaeda have common goals and interests ... and they use each other's technical, military, financial and intelligence capacities against their enemies,\" Sediqi said.",
        "It is not unreasonable [to assume] that Afghanistan will become a new base of operations for Hamas… whose gains will multiply as a result the Taliban rule there.",
        "“The Taliban have provided sanctuary to all terrorist groups in Afghanistan ... without Taliban support, no terrorist group can operate,” he said.",
        "The IEA strongly condemned the “atrocities, bombings, and genocide perpetrated by the Zionist regime against Palestinian Muslims as egregious crimes against humanity.”",
        "For example, in October 2023, the Foreign Ministry “strongly condemned” (see this post on X) the bombing of a hospital in Gaza “by Zionist forces,” calling it “barbaric and a crime against humanity.”[3]",
        "Mutaqqi went on to stress that “the Islamic Emirate of Afghanistan stands ready, within its capabilities, to accompany the Islamic world in this humanitarian and Islamic issue.”",
        "Also in October, acting Interior Minister Serajuddin Haqqani stressed that: “The Taliban, as the IEA, are prohibited from engaging in Jihad outside Afghanistan,” said Afghan Analyst in a 15 October 2023 post on X.",
        "He also went on to note that there were discussions on “internal WhatsApp groups … about supporting about assisting individuals with [obtaining] passports for attending Jihad in Palestine.”",
        "“The authenticity of this claim [is] not known,” said Director of Research at The Khorasan Diary, Riccardo Valle.",
        "One could certainly argue, though, as MEMRI does, that the (sparse) Hamas-Emirate relations are inspired “by the shared position of jihadism” and by their experiences of “occupation.”",
        "The embassy made the announcement on Sunday, December 22, stating that “the Embassy of the Kingdom of Saudi Arabia in Kabul has resumed its activities as of December 22.”",
        "Stephen Rodrigues, head of the UNDP office in Afghanistan, stated that their initiatives had provided employment opportunities for 900,000 people.",
        "“When asked about the limitations of running a business as a woman, 32% of women-led small and medium enterprises believed that gender discrimination created barriers.”",
        "The border spans more than 900 kilometers, as far as I have studied, and 2.5 million refugees live near it.",
        "“I don’t think this is a good idea,” an old man stood up and said, according to four people at the meeting.",
        "Mr. Fateh then burned Shiite homes in the town and ordered Mr. Jafari to flee.",
        "Taliban spokesman Zabihullah Mujahid, on Aug. 17, 2021, spoke in Kabul, according to No. 10 on the list.",
        "Within a year of Mr. Ghani’s threat to curtail the militias, Kunduz was on the verge of collapse.",
    ];

    [Theory]
    [MemberData(nameof(TrickySentences))]
    public void Split_KeepsATrickySentenceWhole_BetweenPlainOnes(string tricky)
    {
        var sentences = SentenceSplitter.Split($"The delegation arrived. {tricky} The talks began.");

        Assert.Equal(["The delegation arrived.", tricky, "The talks began."], sentences);
    }

    [Theory]
    [InlineData("Forces left the U.S. The talks began.", 2)]
    [InlineData("Forces left the U.S. Embassy in Kabul.", 1)]
    [InlineData("He said “we will win.” Then he left.", 2)]
    [InlineData("A total of 18 migrants were rescued. 12 were men.", 2)]
    [InlineData("Was it true? Nobody knew!", 2)]
    [InlineData("", 0)]
    public void Split_FindsTheSentences(string paragraph, int count) =>
        Assert.Equal(count, SentenceSplitter.Split(paragraph).Length);

    [Fact]
    public void Ranges_PointAtTheSentencesInTheParagraph()
    {
        const string paragraph = "  First one.  Second one.";
        var ranges = SentenceSplitter.Ranges(paragraph);

        Assert.Equal(["First one.", "Second one."], ranges.Select(range => paragraph[range]));
    }
}
